package fi.yhdessa.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * Work that runs at intervals or at set times once across all the platform's nodes, whichever node
 * claims it: declare one as a bean, and the platform's scheduler ({@code ClusterJobs}) runs it. Work
 * that each node must do for itself (refreshing its own caches, watching its own embedded database)
 * stays on Spring's {@code @Scheduled}.
 *
 * @param name unique across the platform, {@code module.what}; it names the job's row in {@code platform.scheduled_tasks}
 * @param every the pause between the end of one run and the start of the next, or {@code null} for a cron job
 * @param cron a Spring cron expression in Helsinki time, {@code "-"} for never, or {@code null} for an interval job
 * @param work what is done; it opens its own transaction
 */
public record ClusterJob(String name, Duration every, String cron, Runnable work) {

	public ClusterJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(work, "work");
		if ((every == null) == (cron == null)) {
			throw new IllegalArgumentException("A job runs either at an interval or on a cron expression: " + name);
		}
		if (every != null && (every.isNegative() || every.isZero())) {
			throw new IllegalArgumentException("A job's interval is positive: " + name + " " + every);
		}
	}

	public static ClusterJob every(String name, Duration interval, Runnable work) {
		return new ClusterJob(name, interval, null, work);
	}

	/** On a cron expression in Helsinki time; {@code "-"} switches the job off. */
	public static ClusterJob at(String name, String cron, Runnable work) {
		return new ClusterJob(name, null, cron, work);
	}

	boolean switchedOff() {
		return "-".equals(cron);
	}
}
