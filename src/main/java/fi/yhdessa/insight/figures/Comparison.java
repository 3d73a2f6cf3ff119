package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.costs.Classification;
import fi.yhdessa.insight.costs.Tier;
import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.FigureTable.Cell;
import fi.yhdessa.insight.figures.FigureTable.Chart;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Line;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import fi.yhdessa.insight.store.FigureSource;
import fi.yhdessa.platform.SmallCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Two periods side by side: the main counts and shares of the service flow in each, and the change.
 * A count is hidden when it is small, a share when its part or its whole is, and a change when
 * either side is hidden.
 */
@Component
public class Comparison {

	private final SmallCounts rule;
	private final Classification classification;

	Comparison(SmallCounts rule, Classification classification) {
		this.rule = rule;
		this.classification = classification;
	}

	private record Count(String key, FactKind kind, Predicate<FigureRow> which) {
	}

	private record Share(String key, FactKind kind, Predicate<FigureRow> whole, Predicate<FigureRow> part) {
	}

	public List<FigureTable> tables(FigureSource source, FigureFilter first, FigureFilter second, Labels labels) {
		List<FigureRow> a = source.rows(ServiceFlow.KINDS, first);
		List<FigureRow> b = source.rows(ServiceFlow.KINDS, second);
		Map<String, Tier> tiers = classification.tiers();
		List<Count> counts = List.of(new Count("contacts", FactKind.CONTACT_RECEIVED, row -> true),
				new Count("appointments", FactKind.APPOINTMENT_ATTENDED, row -> true), new Count("cases", FactKind.CASE_OPENED, row -> true),
				new Count("handoffs", FactKind.HANDOFF_ACCEPTED, row -> true));
		List<Share> shares = List.of(new Share("firstAnswer", FactKind.CONTACT_ANSWERED, row -> row.onTime() != null, row -> Boolean.TRUE.equals(row.onTime())),
				new Share("notificationDecision", FactKind.NOTIFICATION_DECIDED, row -> row.onTime() != null, row -> Boolean.TRUE.equals(row.onTime())),
				new Share("assessmentStart", FactKind.ASSESSMENT_STARTED, row -> row.onTime() != null, row -> Boolean.TRUE.equals(row.onTime())),
				new Share("remote", FactKind.APPOINTMENT_ATTENDED, row -> row.channel() != null,
						row -> row.channel() != null && Dimensions.Channel.valueOf(row.channel()).remote()),
				new Share("landedFirst", FactKind.HANDOFF_COMPLETED, row -> row.value() != null, row -> Integer.valueOf(0).equals(row.value())),
				new Share("corrective", FactKind.CASE_OPENED, row -> tiers.containsKey(row.serviceKind()),
						row -> tiers.get(row.serviceKind()) == Tier.CORRECTIVE));
		List<Column> columns = List.of(new Column("first", period(first, labels), Measure.COUNT), new Column("second", period(second, labels), Measure.COUNT),
				new Column("change", labels.text("insight.change"), Measure.COUNT));
		List<Line> countLines = new ArrayList<>();
		for (Count count : counts) {
			Cell x = count(sum(a, count.kind(), count.which()));
			Cell y = count(sum(b, count.kind(), count.which()));
			countLines.add(new Line(count.key(), labels.text("insight.compare." + count.key()), List.of(x, y, change(x, y)), null));
		}
		List<Line> shareLines = new ArrayList<>();
		for (Share share : shares) {
			Cell x = share(sum(a, share.kind(), share.part().and(share.whole())), sum(a, share.kind(), share.whole()));
			Cell y = share(sum(b, share.kind(), share.part().and(share.whole())), sum(b, share.kind(), share.whole()));
			shareLines.add(new Line(share.key(), labels.text("insight.compare." + share.key()), List.of(x, y, change(x, y)), null));
		}
		return List.of(new FigureTable("compare-counts", labels.text("insight.table.compare-counts"), labels.text("insight.table.compare.note"), Chart.BAR,
				columns, countLines, null),
				new FigureTable("compare-shares", labels.text("insight.table.compare-shares"), labels.text("insight.table.compare.note"), Chart.BAR,
						columns.stream().map(c -> new Column(c.key(), c.label(), Measure.PERCENT)).toList(), shareLines, null));
	}

	private Cell count(long n) {
		return rule.small(n) ? Cell.HIDDEN : Cell.of(n);
	}

	private Cell share(long part, long whole) {
		if (rule.small(part) || rule.small(whole)) {
			return Cell.HIDDEN;
		}
		return whole == 0 ? Cell.EMPTY : Cell.of(100.0 * part / whole);
	}

	private static Cell change(Cell first, Cell second) {
		if (first.suppressed() || second.suppressed()) {
			return Cell.HIDDEN;
		}
		return first.value() == null || second.value() == null ? Cell.EMPTY : Cell.of(second.value() - first.value());
	}

	private static long sum(List<FigureRow> rows, FactKind kind, Predicate<FigureRow> which) {
		return rows.stream().filter(row -> row.kind() == kind && which.test(row)).mapToLong(FigureRow::n).sum();
	}

	private static String period(FigureFilter filter, Labels labels) {
		return labels.month(filter.from()) + "–" + labels.month(filter.to());
	}
}
