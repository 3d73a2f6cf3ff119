package fi.yhdessa.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The small-count rule for figures about people: a count of 1 to {@code minimum - 1} is never shown,
 * and neither is any other cell from which it could be worked out. A table's counts are suppressed
 * in two steps, as Statistics Finland's output checking asks: primary suppression of the small
 * counts (cells and totals), then secondary suppression so that no row or column whose total is
 * shown has exactly one hidden entry — else the total minus the shown cells would give it back.
 * Zeros are shown: a zero says nothing of anyone.
 */
@Component
public class SmallCounts {

	private final int minimum;

	public SmallCounts(@Value("${yhdessa.small-counts.minimum:5}") int minimum) {
		if (minimum < 2) {
			throw new IllegalArgumentException("The smallest count shown must be at least 2");
		}
		this.minimum = minimum;
	}

	/** The smallest count shown, 5 unless configured. */
	public int minimum() {
		return minimum;
	}

	/** Whether a count must be hidden on its own: 1 to {@code minimum - 1}. */
	public boolean small(long count) {
		return count > 0 && count < minimum;
	}

	/**
	 * Which cells and totals of a table to hide.
	 *
	 * @param cells counts, rows by columns (a list with its total is a table of one row)
	 * @param rowTotals whether each row's total is shown
	 * @param columnTotals whether each column's total is shown (and, with row totals, the grand total)
	 */
	public Hidden suppress(long[][] cells, boolean rowTotals, boolean columnTotals) {
		return suppress(cells, cells.length == 0 ? 0 : cells[0].length, rowTotals, columnTotals);
	}

	/** As {@link #suppress(long[][], boolean, boolean)}, for a table that may have no rows but has its columns. */
	public Hidden suppress(long[][] cells, int columns, boolean rowTotals, boolean columnTotals) {
		int rows = cells.length;
		long[] rowSums = new long[rows];
		long[] columnSums = new long[columns];
		long grand = 0;
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				rowSums[r] += cells[r][c];
				columnSums[c] += cells[r][c];
				grand += cells[r][c];
			}
		}
		Hidden hidden = new Hidden(new boolean[rows][columns], new boolean[rows], new boolean[columns], new boolean[1]);
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				hidden.cells[r][c] = small(cells[r][c]);
			}
			hidden.rowTotals[r] = rowTotals && small(rowSums[r]);
		}
		for (int c = 0; c < columns; c++) {
			hidden.columnTotals[c] = columnTotals && small(columnSums[c]);
		}
		hidden.grand[0] = rowTotals && columnTotals && small(grand);
		boolean changed = true;
		while (changed) {
			changed = false;
			if (rowTotals) {
				for (int r = 0; r < rows; r++) {
					changed |= protect(cells[r], hidden.cells[r], hidden.rowTotals, r);
				}
				if (columnTotals) {
					changed |= protect(columnSums, hidden.columnTotals, hidden.grand, 0);
				}
			}
			if (columnTotals) {
				for (int c = 0; c < columns; c++) {
					long[] line = new long[rows];
					boolean[] lineHidden = new boolean[rows];
					for (int r = 0; r < rows; r++) {
						line[r] = cells[r][c];
						lineHidden[r] = hidden.cells[r][c];
					}
					if (protect(line, lineHidden, hidden.columnTotals, c)) {
						for (int r = 0; r < rows; r++) {
							hidden.cells[r][c] = lineHidden[r];
						}
						changed = true;
					}
				}
				if (rowTotals) {
					changed |= protect(rowSums, hidden.rowTotals, hidden.grand, 0);
				}
			}
		}
		return hidden;
	}

	/**
	 * One line of the table and its total: when exactly one of them is hidden, hides one more — the
	 * smallest count above zero, else the total, else a zero.
	 */
	private static boolean protect(long[] line, boolean[] hidden, boolean[] totalHidden, int total) {
		int count = totalHidden[total] ? 1 : 0;
		for (boolean h : hidden) {
			count += h ? 1 : 0;
		}
		if (count != 1) {
			return false;
		}
		int smallest = -1;
		for (int i = 0; i < line.length; i++) {
			if (!hidden[i] && line[i] > 0 && (smallest < 0 || line[i] < line[smallest])) {
				smallest = i;
			}
		}
		if (smallest >= 0) {
			hidden[smallest] = true;
			return true;
		}
		if (!totalHidden[total]) {
			totalHidden[total] = true;
			return true;
		}
		for (int i = 0; i < line.length; i++) {
			if (!hidden[i]) {
				hidden[i] = true;
				return true;
			}
		}
		return false;
	}

	/** What to hide: each cell, each row's and column's total, and the grand total. */
	public record Hidden(boolean[][] cells, boolean[] rowTotals, boolean[] columnTotals, boolean[] grand) {

		public boolean cell(int row, int column) {
			return cells[row][column];
		}

		public boolean rowTotal(int row) {
			return rowTotals[row];
		}

		public boolean columnTotal(int column) {
			return columnTotals[column];
		}

		public boolean grandTotal() {
			return grand[0];
		}
	}
}
