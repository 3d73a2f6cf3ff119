package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.costs.Classification;
import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.FigureTable.Chart;
import fi.yhdessa.insight.figures.Tables.Heading;
import fi.yhdessa.insight.figures.Tables.Share;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import fi.yhdessa.insight.store.FigureSource;
import fi.yhdessa.insight.store.OpenDeadlines;
import fi.yhdessa.platform.SmallCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The service-flow figures: contacts and the promise of a first answer, the statutory clocks of
 * child welfare notifications (§26) and service-needs assessments (§36), deadlines overdue, waiting,
 * hand-offs and the bounce figure, the channels of appointments, and the preventive-vs-corrective
 * share — each a table with its small counts hidden.
 */
@Component
public class ServiceFlow {

	/** The kinds of fact the service-flow figures are made of. */
	public static final Set<FactKind> KINDS = EnumSet.of(FactKind.CONTACT_RECEIVED, FactKind.CONTACT_ANSWERED, FactKind.APPOINTMENT_BOOKED,
			FactKind.APPOINTMENT_ATTENDED, FactKind.NOTIFICATION_DECIDED, FactKind.ASSESSMENT_STARTED, FactKind.ASSESSMENT_COMPLETED, FactKind.CASE_OPENED,
			FactKind.HANDOFF_ACCEPTED, FactKind.HANDOFF_DECLINED, FactKind.HANDOFF_EXPIRED, FactKind.HANDOFF_COMPLETED);
	static final List<String> ON_TIME = List.of("ON_TIME", "LATE");

	private final Tables tables;
	private final Classification classification;
	private final OpenDeadlines deadlines;
	private final Clock clock;

	ServiceFlow(SmallCounts rule, Classification classification, OpenDeadlines deadlines, Clock clock) {
		this.tables = new Tables(rule);
		this.classification = classification;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	public List<FigureTable> tables(FigureSource source, FigureFilter filter, Labels labels) {
		List<FigureRow> rows = source.rows(KINDS, filter);
		List<YearMonth> months = Tally.months(filter);
		Pathways pathways = new Pathways(tables, labels, rows, months);
		List<FigureTable> all = new ArrayList<>();
		all.add(contacts(rows, months, labels));
		all.add(pathways.byPlace(filter));
		all.add(onTimeByMonth("first-answer", FactKind.CONTACT_ANSWERED, rows, months, labels));
		all.add(onTimeByUnit("notification-decisions", FactKind.NOTIFICATION_DECIDED, rows, labels));
		all.add(onTimeByUnit("assessment-start", FactKind.ASSESSMENT_STARTED, rows, labels));
		all.add(onTimeByUnit("assessment-completion", FactKind.ASSESSMENT_COMPLETED, rows, labels));
		all.add(overdueNow(filter, labels));
		all.add(lateByMonth(rows, months, labels));
		all.add(pathways.waiting());
		all.add(pathways.handoffs());
		all.add(pathways.bounces());
		all.add(pathways.channels());
		all.add(pathways.tiers(classification.tiers()));
		return all;
	}

	private FigureTable contacts(List<FigureRow> rows, List<YearMonth> months, Labels labels) {
		List<String> channels = Arrays.stream(Dimensions.Channel.values()).map(Enum::name).toList();
		long[][] counts = Tally.cross(rows, FactKind.CONTACT_RECEIVED, row -> true, Tally.keys(months), row -> row.month().toString(), channels,
				FigureRow::channel);
		return tables.cross("contacts", labels.text("insight.table.contacts"), labels.text("insight.table.contacts.note"), Chart.STACKED,
				monthHeadings(months, labels), Tally.headings(channels, i -> labels.text("insight.channel." + channels.get(i))), counts,
				labels.text("insight.total"), List.of());
	}

	/** Met by the deadline or late, month by month, with the share met. */
	private FigureTable onTimeByMonth(String id, FactKind kind, List<FigureRow> rows, List<YearMonth> months, Labels labels) {
		long[][] counts = Tally.cross(rows, kind, row -> row.onTime() != null, Tally.keys(months), row -> row.month().toString(), ON_TIME,
				row -> row.onTime() ? "ON_TIME" : "LATE");
		return tables.cross(id, labels.text("insight.table." + id), labels.text("insight.table." + id + ".note"), Chart.STACKED, monthHeadings(months, labels),
				onTimeHeadings(labels), counts, labels.text("insight.total"), List.of(new Share("share", labels.text("insight.onTimeShare"), 0)));
	}

	/** Met by the deadline or late, unit by unit: which units keep the clock and which do not. */
	private FigureTable onTimeByUnit(String id, FactKind kind, List<FigureRow> rows, Labels labels) {
		List<String> units = rows.stream().filter(row -> row.kind() == kind && row.onTime() != null).map(row -> String.valueOf(row.unitId())).distinct()
			.sorted().toList();
		long[][] counts = Tally.cross(rows, kind, row -> row.onTime() != null, units, row -> String.valueOf(row.unitId()), ON_TIME,
				row -> row.onTime() ? "ON_TIME" : "LATE");
		List<Heading> lines = new ArrayList<>();
		for (String unit : units) {
			lines.add(new Heading(unit, labels.unit("null".equals(unit) ? null : UUID.fromString(unit)),
					"null".equals(unit) ? null : new FigureTable.Drill("unit", unit)));
		}
		return tables.cross(id, labels.text("insight.table." + id), labels.text("insight.table." + id + ".note"), Chart.STACKED, lines, onTimeHeadings(labels),
				counts, labels.text("insight.total"), List.of(new Share("share", labels.text("insight.onTimeShare"), 0)));
	}

	private FigureTable overdueNow(FigureFilter filter, Labels labels) {
		var overdue = deadlines.overdue(filter, LocalDate.now(clock));
		var clocks = Arrays.asList(fi.yhdessa.insight.facts.Deadline.values());
		long[][] counts = new long[clocks.size()][1];
		for (int i = 0; i < clocks.size(); i++) {
			counts[i][0] = overdue.getOrDefault(clocks.get(i), 0L);
		}
		return tables.list("overdue-now", labels.text("insight.table.overdue-now"), labels.text("insight.table.overdue-now.note"), Chart.BAR,
				Tally.headings(clocks.stream().map(Enum::name).toList(), i -> labels.text("insight.deadline." + clocks.get(i).name())),
				List.of(new FigureTable.Column("overdue", labels.text("insight.overdue"), FigureTable.Measure.COUNT)), counts, List.of(),
				labels.text("insight.total"));
	}

	/** Deadlines met late (or, for hand-offs, not answered at all) by the month they were closed. */
	private FigureTable lateByMonth(List<FigureRow> rows, List<YearMonth> months, Labels labels) {
		List<String> clocks = List.of("CONTACT_ANSWER", "NOTIFICATION_DECISION", "ASSESSMENT_START", "ASSESSMENT_COMPLETION", "HANDOFF_ANSWER");
		long[][] counts = new long[months.size()][clocks.size()];
		FactKind[] kinds = { FactKind.CONTACT_ANSWERED, FactKind.NOTIFICATION_DECIDED, FactKind.ASSESSMENT_STARTED, FactKind.ASSESSMENT_COMPLETED,
				FactKind.HANDOFF_EXPIRED };
		for (int c = 0; c < kinds.length; c++) {
			boolean expiry = kinds[c] == FactKind.HANDOFF_EXPIRED;
			long[] late = Tally.count(rows, kinds[c], row -> expiry || Boolean.FALSE.equals(row.onTime()), Tally.keys(months), row -> row.month().toString());
			for (int m = 0; m < months.size(); m++) {
				counts[m][c] = late[m];
			}
		}
		return tables.cross("late-by-month", labels.text("insight.table.late-by-month"), labels.text("insight.table.late-by-month.note"), Chart.LINE,
				monthHeadings(months, labels), Tally.headings(clocks, i -> labels.text("insight.deadline." + clocks.get(i))), counts,
				labels.text("insight.total"), List.of());
	}

	static List<Heading> monthHeadings(List<YearMonth> months, Labels labels) {
		return months.stream().map(m -> Heading.of(m.toString(), labels.month(m))).toList();
	}

	private static List<Heading> onTimeHeadings(Labels labels) {
		return Tally.headings(ON_TIME, i -> labels.text("insight.onTime." + ON_TIME.get(i)));
	}
}
