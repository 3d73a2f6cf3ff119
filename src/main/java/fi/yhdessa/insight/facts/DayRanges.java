package fi.yhdessa.insight.facts;

/**
 * Durations in days as the figures keep them: each day up to two weeks, then ranges that widen —
 * enough for a median and a 90th percentile of waiting to the day where waits are short, and to the
 * range where they are long, with a bounded number of figures.
 */
public final class DayRanges {

	/** The first day of each range; a range ends where the next begins. */
	static final int[] STARTS = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 22, 29, 43, 61, 91, 181, 366 };

	private DayRanges() {
	}

	/** The first day of each range, in order. */
	public static int[] starts() {
		return STARTS.clone();
	}

	/** The first day of the range the duration falls in. */
	public static int of(int days) {
		if (days <= 0) {
			return 0;
		}
		int range = 0;
		for (int i = 0; i < STARTS.length && STARTS[i] <= days; i++) {
			range = STARTS[i];
		}
		return range;
	}

	/** The last day of the range that starts on the given day; {@link Integer#MAX_VALUE} for the last range. */
	public static int end(int start) {
		for (int i = 0; i < STARTS.length - 1; i++) {
			if (STARTS[i] == start) {
				return STARTS[i + 1] - 1;
			}
		}
		return Integer.MAX_VALUE;
	}
}
