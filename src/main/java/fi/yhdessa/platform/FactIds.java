package fi.yhdessa.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ids of the facts the modules publish. The same fact gets the same id whenever it is told (live,
 * redelivered after a crash, or told again by a backfill), so whoever keeps facts counts it once.
 */
public final class FactIds {

	private FactIds() {
	}

	/**
	 * @param type the fact's type, e.g. {@code HandoffAccepted}
	 * @param parts what makes this occurrence unique: the record's id and, for a fact that can happen
	 *        to the record more than once, its time or version
	 */
	public static UUID of(String type, Object... parts) {
		String name = type + ":" + Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining(":"));
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}
}
