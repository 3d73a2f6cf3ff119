package fi.yhdessa.insight.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures of one kind in memory, a column per dimension, so that a filter runs through them
 * comparing numbers. A figure that changes is changed in place; a new one is added at the end.
 */
final class KindFigures {

	/** The dimensions in their column order: month, municipality, area, unit, kind of service, channel, age group, language, detail, on time, value. */
	static final int COLUMNS = 11;
	static final int MONTH = 0;
	static final int VALUE = 10;
	static final int NO_VALUE = Integer.MIN_VALUE;

	private int size;
	private int[][] columns = new int[COLUMNS][16];
	private long[] n = new long[16];
	private long[] total = new long[16];
	private final Map<Key, Integer> positions = new HashMap<>();

	/** The dimensions of a figure, coded. */
	record Key(int[] dimensions) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(dimensions, key.dimensions);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(dimensions);
		}
	}

	void put(int[] dimensions, long count, long sum) {
		Integer at = positions.get(new Key(dimensions));
		if (at == null) {
			if (size == n.length) {
				grow();
			}
			at = size++;
			positions.put(new Key(dimensions.clone()), at);
			for (int c = 0; c < COLUMNS; c++) {
				columns[c][at] = dimensions[c];
			}
		}
		n[at] = count;
		total[at] = sum;
	}

	int size() {
		return size;
	}

	int get(int column, int row) {
		return columns[column][row];
	}

	long n(int row) {
		return n[row];
	}

	long total(int row) {
		return total[row];
	}

	/** Whether the figure passes: its month within [from, to] and each wanted code ({@link Codes#ANY} for any) equal. */
	boolean matches(int row, int from, int to, int[] wanted) {
		int month = columns[MONTH][row];
		if (month < from || month > to) {
			return false;
		}
		for (int c = 1; c < wanted.length; c++) {
			if (wanted[c] != Codes.ANY && columns[c][row] != wanted[c]) {
				return false;
			}
		}
		return true;
	}

	private void grow() {
		int capacity = n.length * 2;
		for (int c = 0; c < COLUMNS; c++) {
			columns[c] = Arrays.copyOf(columns[c], capacity);
		}
		n = Arrays.copyOf(n, capacity);
		total = Arrays.copyOf(total, capacity);
	}
}
