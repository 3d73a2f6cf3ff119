package fi.yhdessa.platform;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A problem found in a restored backup, as the key of its message and the message's arguments, so
 * that each reader sees it in their language; the logs and the API have it in English.
 */
public record BackupProblem(String key, List<String> arguments) {

	/** The ASCII unit separator, which no message key or argument holds. */
	private static final String SEPARATOR = "\u001f";

	public BackupProblem {
		arguments = List.copyOf(arguments);
	}

	public static BackupProblem of(String key, Object... arguments) {
		return new BackupProblem(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The arguments as a message takes them. */
	public Object[] args() {
		return arguments.toArray();
	}

	/** One line of a backup's manifest. */
	String stored() {
		return String.join(SEPARATOR, Stream.concat(Stream.of(key), arguments.stream()).toList());
	}

	static BackupProblem parse(String stored) {
		List<String> parts = List.of(stored.split(SEPARATOR, -1));
		return new BackupProblem(parts.getFirst(), parts.subList(1, parts.size()));
	}
}
