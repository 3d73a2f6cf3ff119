package fi.yhdessa.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The wall clock of the platform's process and of the PostgreSQL it starts, moved as an NTP step or
 * an operator moves a machine's clock: libfaketime from Debian, preloaded, reads its offset from a
 * file that the test rewrites. The monotonic clock is left alone, as it is on a real machine.
 */
final class MovedClock {

	private static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

	private final Path offset;

	private MovedClock(Path offset) {
		this.offset = offset;
	}

	/** A clock at the right time to begin with, or none where libfaketime is not installed. */
	static Optional<MovedClock> in(Path dir) throws IOException {
		if (!Files.isReadable(LIBRARY)) {
			System.out.println("No moved clock: libfaketime is not installed (apt-get install faketime; .ci/run installs it)");
			return Optional.empty();
		}
		MovedClock clock = new MovedClock(dir.resolve("faketime"));
		clock.moveTo("+0");
		return Optional.of(clock);
	}

	/** The environment that puts a process on this clock. */
	Map<String, String> environment() {
		// Without FAKETIME_FORCE_MONOTONIC_FIX=0 the JVM's timed waits on the monotonic clock return at once and its threads spin.
		return Map.of("LD_PRELOAD", LIBRARY.toString(), "FAKETIME_TIMESTAMP_FILE", offset.toString(), "FAKETIME_CACHE_DURATION", "1",
				"FAKETIME_DONT_FAKE_MONOTONIC", "1", "FAKETIME_FORCE_MONOTONIC_FIX", "0");
	}

	/** An offset from the real time in libfaketime's words: {@code +2h}, {@code -45m}. */
	void moveTo(String offsetFromRealTime) throws IOException {
		Path next = offset.resolveSibling("faketime.next");
		Files.writeString(next, offsetFromRealTime + "\n");
		Files.move(next, offset, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
