package fi.yhdessa.insight.web;

import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.figures.FigureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table's chart as the page's script draws it with ECharts: the lines as categories and a series
 * per column. A hidden figure is a gap in the chart, never a number: the chart shows exactly what the
 * table beside it shows.
 */
record ChartData(String type, String measure, List<String> categories, List<Series> series) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Series(String name, List<Double> values) {
	}

	/** The columns drawn: durations, euros or means where the table has them, else its counts, else its shares; never the total. */
	static ChartData of(FigureTable table) {
		List<Integer> drawn = columns(table, m -> m == Measure.DAYS || m == Measure.EUROS || m == Measure.MEAN || m == Measure.VALUE);
		if (drawn.isEmpty()) {
			drawn = columns(table, m -> m == Measure.COUNT);
		}
		if (drawn.isEmpty()) {
			drawn = columns(table, m -> m == Measure.PERCENT);
		}
		List<Series> series = new ArrayList<>();
		for (int c : drawn) {
			List<Double> values = new ArrayList<>();
			table.lines().forEach(line -> values.add(line.cells().get(c).suppressed() ? null : line.cells().get(c).value()));
			series.add(new Series(table.columns().get(c).label(), values));
		}
		Measure measure = drawn.isEmpty() ? Measure.COUNT : table.columns().get(drawn.getFirst()).measure();
		return new ChartData(table.chart().name(), measure.name(), table.lines().stream().map(FigureTable.Line::label).toList(), series);
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

	private static List<Integer> columns(FigureTable table, Predicate<Measure> which) {
		List<Integer> at = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			FigureTable.Column column = table.columns().get(c);
			if (which.test(column.measure()) && !"total".equals(column.key())) {
				at.add(c);
			}
		}
		return at;
	}
}
