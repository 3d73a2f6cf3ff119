package fi.yhdessa.directory.ptv;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the import running on this node has come, for the page that shows it: the step (listing the
 * municipalities' services, reading services, reading channels, reading organisations, saving), and within a step
 * how many of how many. Null when none is running.
 */
public final class PtvProgress {

	/** One moment of a running import; {@code total} is 0 while it is not yet known. Message key: {@code ptv.step.STEP}. */
	public record Step(String step, int done, int total, String by, Instant started) {

		public int percent() {
			return total == 0 ? 0 : Math.min(100, done * 100 / total);
		}
	}

	private final AtomicReference<Step> current = new AtomicReference<>();

	boolean begin(String by, Instant at) {
		return current.compareAndSet(null, new Step("LISTING", 0, 0, by, at));
	}

	void step(String step, int done, int total) {
		current.updateAndGet(now -> now == null ? null : new Step(step, done, total, now.by(), now.started()));
	}

	void end() {
		current.set(null);
	}

	Step now() {
		return current.get();
	}
}
