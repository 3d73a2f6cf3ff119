package fi.yhdessa.insight.figures;

import java.util.List;

/**
 * A table of figures as every output shows it — page, chart, CSV and API alike — with the small
 * counts and whatever would reveal them already hidden.
 *
 * @param id stable name of the table, for its CSV and its chart
 * @param title the table's caption in the reader's language
 * @param note what the figures count, in the reader's language; {@code null} for none
 * @param chart how the table is drawn
 * @param columns the columns after the line's own label
 * @param lines the table's lines, without its total
 * @param total the line of totals, or {@code null}
 */
public record FigureTable(String id, String title, String note, Chart chart, List<Column> columns, List<Line> lines, Line total) {

	/** How a table is drawn: bars, bars stacked per line, lines over time, or not at all. */
	public enum Chart {
		BAR, STACKED, LINE, NONE
	}

	/** What a column holds, which decides how its cells are written. */
	public enum Measure {
		COUNT, PERCENT, DAYS, EUROS, MEAN,
		/** An indicator's value in its own unit (a percentage, a rate per 1 000), with one decimal. */
		VALUE,
		/** A difference of two values in their own unit; not drawn. */
		DIFFERENCE
	}

	public record Column(String key, String label, Measure measure) {
	}

	/**
	 * @param key the line's own key (a month, a municipality's code, a unit's id)
	 * @param drill the query parameter and value that narrow the figures to this line, or {@code null}
	 */
	public record Line(String key, String label, List<Cell> cells, Drill drill) {
	}

	public record Drill(String parameter, String value) {
	}

	/** One figure: its value, or none ({@code null}) — hidden when {@code suppressed}, else there is nothing to show. */
	public record Cell(Double value, boolean suppressed) {

		public static final Cell EMPTY = new Cell(null, false);
		public static final Cell HIDDEN = new Cell(null, true);

		public static Cell of(double value) {
			return new Cell(value, false);
		}
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}
}
