package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.facts.DayRanges;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/** Counting figures into the shapes of tables: by line and column, or into a distribution of days. */
final class Tally {

	private Tally() {
	}

	/** The months of the filter's period, in order. */
	static List<YearMonth> months(FigureFilter filter) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/** Headings for each key, labelled by a function of its place. */
	static List<Tables.Heading> headings(List<String> keys, IntFunction<String> label) {
		List<Tables.Heading> headings = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			headings.add(Tables.Heading.of(keys.get(i), label.apply(i)));
		}
		return headings;
	}

	static List<String> keys(List<YearMonth> months) {
		return months.stream().map(YearMonth::toString).toList();
	}

	/** Counts the figures of a kind by line and column; figures whose line or column is not among the keys are left out. */
	static long[][] cross(List<FigureRow> rows, FactKind kind, Predicate<FigureRow> which, List<String> lines, Function<FigureRow, String> lineOf,
			List<String> columns, Function<FigureRow, String> columnOf) {
		Map<String, Integer> lineAt = index(lines);
		Map<String, Integer> columnAt = index(columns);
		long[][] counts = new long[lines.size()][columns.size()];
		for (FigureRow row : rows) {
			if (row.kind() != kind || !which.test(row)) {
				continue;
			}
			Integer line = lineAt.get(lineOf.apply(row));
			Integer column = columnAt.get(columnOf.apply(row));
			if (line != null && column != null) {
				counts[line][column] += row.n();
			}
		}
		return counts;
	}

	/** How many facts of a kind each line has. */
	static long[] count(List<FigureRow> rows, FactKind kind, Predicate<FigureRow> which, List<String> lines, Function<FigureRow, String> lineOf) {
		long[][] counts = cross(rows, kind, which, lines, lineOf, List.of(""), row -> "");
		long[] column = new long[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			column[i] = counts[i][0];
		}
		return column;
	}

	/** The days of a kind's facts as a distribution: the first day of each range with how many fall in it. */
	static TreeMap<Integer, Long> days(List<FigureRow> rows, FactKind kind, Predicate<FigureRow> which) {
		TreeMap<Integer, Long> distribution = new TreeMap<>();
		for (FigureRow row : rows) {
			if (row.kind() == kind && row.value() != null && which.test(row)) {
				distribution.merge(row.value(), row.n(), Long::sum);
			}
		}
		return distribution;
	}

	/**
	 * The day at which the share of facts reaches the percentile: the first day of its range (past
	 * two weeks the ranges widen), or {@code null} for no facts.
	 */
	static Double percentile(TreeMap<Integer, Long> distribution, double percent) {
		long all = distribution.values().stream().mapToLong(Long::longValue).sum();
		if (all == 0) {
			return null;
		}
		double wanted = all * percent / 100;
		long seen = 0;
		for (Map.Entry<Integer, Long> range : distribution.entrySet()) {
			seen += range.getValue();
			if (seen >= wanted) {
				return (double) range.getKey();
			}
		}
		return (double) distribution.lastKey();
	}

	static boolean wide(Double day) {
		return day != null && DayRanges.end(day.intValue()) > day.intValue();
	}

	private static Map<String, Integer> index(List<String> keys) {
		Map<String, Integer> at = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			at.put(keys.get(i), i);
		}
		return at;
	}
}
