package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.store.FigureRow;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Days cases were open, month by month, from the facts of their opening and closing: a case open at
 * the start of a month counts every day of it; one opened in the month counts from its opening day,
 * one closed in it up to its closing day. Kept per group (a tier, a municipality) and kind of case.
 */
final class CaseDays {

	/** The days cases of a group and kind were open in a month, and how many cases were open in it. */
	record Month(long days, long cases) {
	}

	private final Map<String, long[]> opened = new HashMap<>();
	private final Map<String, long[]> openedDays = new HashMap<>();
	private final Map<String, long[]> closed = new HashMap<>();
	private final Map<String, long[]> closedDays = new HashMap<>();
	private final YearMonth first;
	private final int months;

	/** @param rows the opening and closing facts from the beginning up to the last month */
	CaseDays(List<FigureRow> rows, YearMonth first, YearMonth last, Function<FigureRow, String> group) {
		YearMonth earliest = rows.stream().map(FigureRow::month).min(YearMonth::compareTo).orElse(first);
		this.first = earliest.isBefore(first) ? earliest : first;
		this.months = (int) this.first.until(last, ChronoUnit.MONTHS) + 1;
		for (FigureRow row : rows) {
			if (row.month().isAfter(last) || (row.kind() != FactKind.CASE_OPENED && row.kind() != FactKind.CASE_CLOSED)) {
				continue;
			}
			String key = group.apply(row) + "|" + row.serviceKind();
			int at = (int) this.first.until(row.month(), ChronoUnit.MONTHS);
			boolean opening = row.kind() == FactKind.CASE_OPENED;
			(opening ? opened : closed).computeIfAbsent(key, k -> new long[months])[at] += row.n();
			(opening ? openedDays : closedDays).computeIfAbsent(key, k -> new long[months])[at] += row.total();
		}
	}

	/** Every group and kind of case that has cases, as {@code group|kind}. */
	Set<String> keys() {
		return opened.keySet();
	}

	/** How many cases of the group and kind were open at some time in the period: those open at its start and those opened in it. */
	long casesDuring(String key, YearMonth from, YearMonth to) {
		long[] o = opened.getOrDefault(key, new long[months]);
		int start = (int) first.until(from, ChronoUnit.MONTHS);
		int end = (int) first.until(to, ChronoUnit.MONTHS);
		long cases = in(key, from).cases();
		for (int i = start + 1; i <= end; i++) {
			cases += o[i];
		}
		return cases;
	}

	Month in(String key, YearMonth month) {
		int at = (int) first.until(month, ChronoUnit.MONTHS);
		long[] o = opened.getOrDefault(key, new long[months]);
		long[] c = closed.getOrDefault(key, new long[months]);
		long activeAtStart = 0;
		for (int i = 0; i < at; i++) {
			activeAtStart += o[i] - c[i];
		}
		long days = activeAtStart * month.lengthOfMonth() + openedDays.getOrDefault(key, new long[months])[at]
				- closedDays.getOrDefault(key, new long[months])[at];
		return new Month(Math.max(0, days), Math.max(0, activeAtStart + o[at]));
	}
}
