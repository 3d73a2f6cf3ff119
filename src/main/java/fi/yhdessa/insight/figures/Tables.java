package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.figures.FigureTable.Cell;
import fi.yhdessa.insight.figures.FigureTable.Chart;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Line;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.platform.SmallCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the tables of counts with the small-count rule applied as the table is made, so that no
 * output can show what the rule hides: cross tables suppressed in both directions with their row
 * and column totals, lists suppressed down each column with its total, and every figure derived
 * from counts (a share, a mean, a cost) hidden with the counts it comes from.
 */
public final class Tables {

	private final SmallCounts rule;

	public Tables(SmallCounts rule) {
		this.rule = rule;
	}

	/** A line's key, label and the parameter that narrows the figures to it. */
	public record Heading(String key, String label, FigureTable.Drill drill) {

		public static Heading of(String key, String label) {
			return new Heading(key, label, null);
		}
	}

	/** A column of each line's share, in percent, of the columns {@code parts} together in the line's total. */
	public record Share(String key, String label, int... parts) {
	}

	/**
	 * A cross table of counts: lines by columns, with each line's total as the last column and a
	 * line of column totals, suppressed in both directions; then the shares, each hidden when a count
	 * it is made of is hidden.
	 */
	public FigureTable cross(String id, String title, String note, Chart chart, List<Heading> lines, List<Heading> columns, long[][] counts, String totalLabel,
			List<Share> shares) {
		SmallCounts.Hidden hidden = rule.suppress(counts, columns.size(), true, true);
		List<Column> header = new ArrayList<>();
		columns.forEach(c -> header.add(new Column(c.key(), c.label(), Measure.COUNT)));
		header.add(new Column("total", totalLabel, Measure.COUNT));
		shares.forEach(share -> header.add(new Column(share.key(), share.label(), Measure.PERCENT)));
		List<Line> body = new ArrayList<>();
		long[] columnSums = new long[columns.size()];
		long grand = 0;
		for (int r = 0; r < lines.size(); r++) {
			List<Cell> cells = new ArrayList<>();
			long sum = 0;
			for (int c = 0; c < columns.size(); c++) {
				cells.add(count(counts[r][c], hidden.cell(r, c)));
				sum += counts[r][c];
				columnSums[c] += counts[r][c];
			}
			grand += sum;
			cells.add(count(sum, hidden.rowTotal(r)));
			for (Share share : shares) {
				long part = 0;
				boolean partHidden = hidden.rowTotal(r);
				for (int c : share.parts()) {
					part += counts[r][c];
					partHidden |= hidden.cell(r, c);
				}
				cells.add(share(part, sum, partHidden));
			}
			body.add(new Line(lines.get(r).key(), lines.get(r).label(), cells, lines.get(r).drill()));
		}
		List<Cell> totals = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			totals.add(count(columnSums[c], hidden.columnTotal(c)));
		}
		totals.add(count(grand, hidden.grandTotal()));
		for (Share share : shares) {
			long part = 0;
			boolean partHidden = hidden.grandTotal();
			for (int c : share.parts()) {
				part += columnSums[c];
				partHidden |= hidden.columnTotal(c);
			}
			totals.add(share(part, grand, partHidden));
		}
		return new FigureTable(id, title, note, chart, header, body, new Line("total", totalLabel, totals, null));
	}

	/**
	 * A cross table of amounts (such as euros) that reveal the counts behind them: each amount is
	 * hidden where the table of those counts, suppressed in both directions, hides its count.
	 */
	public FigureTable masked(String id, String title, String note, Chart chart, List<Heading> lines, List<Heading> columns, long[][] people,
			double[][] amounts, Measure measure, String totalLabel) {
		SmallCounts.Hidden hidden = rule.suppress(people, columns.size(), true, true);
		List<Column> header = new ArrayList<>();
		columns.forEach(c -> header.add(new Column(c.key(), c.label(), measure)));
		header.add(new Column("total", totalLabel, measure));
		List<Line> body = new ArrayList<>();
		double[] columnSums = new double[columns.size()];
		double grand = 0;
		for (int r = 0; r < lines.size(); r++) {
			List<Cell> cells = new ArrayList<>();
			double sum = 0;
			for (int c = 0; c < columns.size(); c++) {
				cells.add(hidden.cell(r, c) ? Cell.HIDDEN : Cell.of(amounts[r][c]));
				sum += amounts[r][c];
				columnSums[c] += amounts[r][c];
			}
			grand += sum;
			cells.add(hidden.rowTotal(r) ? Cell.HIDDEN : Cell.of(sum));
			body.add(new Line(lines.get(r).key(), lines.get(r).label(), cells, lines.get(r).drill()));
		}
		List<Cell> totals = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			totals.add(hidden.columnTotal(c) ? Cell.HIDDEN : Cell.of(columnSums[c]));
		}
		totals.add(hidden.grandTotal() ? Cell.HIDDEN : Cell.of(grand));
		return new FigureTable(id, title, note, chart, header, body, new Line("total", totalLabel, totals, null));
	}

	/**
	 * A list of lines with count columns, each suppressed down its column against its total, and
	 * derived columns computed from a line's counts and hidden with them.
	 */
	public FigureTable list(String id, String title, String note, Chart chart, List<Heading> lines, List<Column> countColumns, long[][] counts,
			List<Derived> derived, String totalLabel) {
		int columns = countColumns.size();
		boolean[][] hidden = new boolean[lines.size()][columns];
		boolean[] totalHidden = new boolean[columns];
		for (int c = 0; c < columns; c++) {
			long[][] column = new long[1][lines.size()];
			for (int r = 0; r < lines.size(); r++) {
				column[0][r] = counts[r][c];
			}
			SmallCounts.Hidden h = rule.suppress(column, totalLabel != null, false);
			for (int r = 0; r < lines.size(); r++) {
				hidden[r][c] = h.cell(0, r);
			}
			totalHidden[c] = h.rowTotal(0);
		}
		List<Column> header = new ArrayList<>(countColumns);
		derived.forEach(d -> header.add(d.column()));
		List<Line> body = new ArrayList<>();
		long[] sums = new long[columns];
		for (int r = 0; r < lines.size(); r++) {
			int line = r;
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				cells.add(count(counts[r][c], hidden[r][c]));
				sums[c] += counts[r][c];
			}
			derived.forEach(d -> cells.add(d.cell(line, counts[line], hidden[line], rule)));
			body.add(new Line(lines.get(r).key(), lines.get(r).label(), cells, lines.get(r).drill()));
		}
		Line total = null;
		if (totalLabel != null) {
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				cells.add(count(sums[c], totalHidden[c]));
			}
			derived.forEach(d -> cells.add(d.cell(-1, sums, totalHidden, rule)));
			total = new Line("total", totalLabel, cells, null);
		}
		return new FigureTable(id, title, note, chart, header, body, total);
	}

	/**
	 * A column computed from a line's counts (line −1 is the total line).
	 *
	 * @param dependsOn the count columns whose hiding hides it, and whose smallest count must reach the rule's minimum
	 */
	public record Derived(Column column, int[] dependsOn, Value value) {

		/** The figure of a line, or {@code null} when there is none. */
		@FunctionalInterface
		public interface Value {

			Double of(int line, long[] counts);
		}

		Cell cell(int line, long[] counts, boolean[] hidden, SmallCounts rule) {
			for (int c : dependsOn) {
				if (hidden[c] || rule.small(counts[c])) {
					return Cell.HIDDEN;
				}
			}
			Double figure = value.of(line, counts);
			return figure == null ? Cell.EMPTY : Cell.of(figure);
		}

		public static Derived share(String key, String label, int part, int whole) {
			return new Derived(new Column(key, label, Measure.PERCENT), new int[] { part, whole },
					(line, counts) -> counts[whole] == 0 ? null : 100.0 * counts[part] / counts[whole]);
		}

		public static Derived of(String key, String label, Measure measure, int[] dependsOn, Value value) {
			return new Derived(new Column(key, label, measure), dependsOn, value);
		}
	}

	private Cell count(long value, boolean hidden) {
		return hidden ? Cell.HIDDEN : Cell.of(value);
	}

	private static Cell share(long part, long whole, boolean hidden) {
		if (hidden) {
			return Cell.HIDDEN;
		}
		return whole == 0 ? Cell.EMPTY : Cell.of(100.0 * part / whole);
	}
}
