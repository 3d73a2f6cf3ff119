package fi.yhdessa.insight.store;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dimension values as small numbers for the figures kept in memory: 0 is none, and each value seen
 * gets the next number for good. Only the refreshing thread adds values; readers read without locks.
 */
final class Codes {

	static final int NONE = 0;
	static final int ANY = -1;
	/** A value asked for that no figure has: matches nothing. */
	static final int UNSEEN = -2;

	private final Map<Object, Integer> codes = new ConcurrentHashMap<>();
	private volatile Object[] values = { null };

	synchronized int code(Object value) {
		if (value == null) {
			return NONE;
		}
		Integer known = codes.get(value);
		if (known != null) {
			return known;
		}
		Object[] grown = Arrays.copyOf(values, values.length + 1);
		grown[values.length] = value;
		values = grown;
		codes.put(value, values.length - 1);
		return values.length - 1;
	}

	/** The code of a value a filter asks for: {@link #ANY} for none, {@link #UNSEEN} for one no figure has. */
	int wanted(Object value) {
		if (value == null) {
			return ANY;
		}
		Integer known = codes.get(value);
		return known == null ? UNSEEN : known;
	}

	@SuppressWarnings("unchecked")
	<T> T value(int code) {
		return (T) values[code];
	}
}
