package fi.yhdessa.insight.web;

import fi.yhdessa.insight.figures.FigureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of figures with every cell already written for the page — its text, its class and, when
 * hidden, why — so that a page of many cells evaluates two expressions a cell instead of six.
 */
record ShownTable(FigureTable table, String lineHeading, String chart, List<String> columns, List<Row> rows) {

	record Row(String label, List<Cell> cells) {
	}

	record Cell(String text, String css, String title) {
	}

	static ShownTable of(FigureTable table, String lineHeading, String hiddenTitle, CellFormat format, Locale locale) {
		List<String> columns = table.columns().stream().map(FigureTable.Column::label).toList();
		List<Row> rows = new ArrayList<>();
		for (FigureTable.Line line : table.lines()) {
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < line.cells().size(); c++) {
				FigureTable.Cell cell = line.cells().get(c);
				cells.add(new Cell(format.text(cell, table.columns().get(c).measure(), locale), cell.suppressed() ? "num hidden-count" : "num",
						cell.suppressed() ? hiddenTitle : null));
			}
			rows.add(new Row(line.label(), cells));
		}
		String chart = table.chart() == FigureTable.Chart.NONE || table.isEmpty() ? null : ChartData.of(table).json();
		return new ShownTable(table, lineHeading, chart, columns, rows);
	}
}
