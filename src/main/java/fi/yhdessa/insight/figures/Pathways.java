package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.costs.Tier;
import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.FigureTable.Chart;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.figures.Tables.Derived;
import fi.yhdessa.insight.figures.Tables.Heading;
import fi.yhdessa.insight.figures.Tables.Share;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** The service-flow figures of a family's way through the services: where, how long the waits, hand-offs and bounces, channels, tiers. */
final class Pathways {

	private final Tables tables;
	private final Labels labels;
	private final List<FigureRow> rows;
	private final List<YearMonth> months;
	private final List<String> monthKeys;

	Pathways(Tables tables, Labels labels, List<FigureRow> rows, List<YearMonth> months) {
		this.tables = tables;
		this.labels = labels;
		this.rows = rows;
		this.months = months;
		this.monthKeys = Tally.keys(months);
	}

	/**
	 * The main counts by municipality, each line leading to the municipality's units; with a
	 * municipality chosen, by its units, each leading to the unit.
	 */
	FigureTable byPlace(FigureFilter filter) {
		FactKind[] kinds = { FactKind.CONTACT_RECEIVED, FactKind.APPOINTMENT_ATTENDED, FactKind.CASE_OPENED, FactKind.HANDOFF_ACCEPTED,
				FactKind.NOTIFICATION_DECIDED };
		boolean byUnit = filter.municipality() != null || filter.unitId() != null;
		List<Heading> lines = new ArrayList<>();
		Function<FigureRow, String> lineOf;
		if (byUnit) {
			lineOf = row -> String.valueOf(row.unitId());
			rows.stream().map(row -> row.unitId()).filter(Objects::nonNull).distinct().sorted(Comparator.comparing(labels::unit))
				.forEach(unit -> lines.add(new Heading(unit.toString(), labels.unit(unit), new FigureTable.Drill("unit", unit.toString()))));
		}
		else {
			lineOf = FigureRow::municipality;
			labels.municipalities().forEach((code, name) -> lines.add(new Heading(code, name, new FigureTable.Drill("municipality", code))));
		}
		List<String> keys = lines.stream().map(Heading::key).toList();
		long[][] counts = new long[lines.size()][kinds.length];
		List<Column> columns = new ArrayList<>();
		for (int k = 0; k < kinds.length; k++) {
			long[] column = Tally.count(rows, kinds[k], row -> true, keys, lineOf);
			for (int l = 0; l < lines.size(); l++) {
				counts[l][k] = column[l];
			}
			columns.add(new Column(kinds[k].name(), labels.text("insight.count." + kinds[k].name()), Measure.COUNT));
		}
		String id = byUnit ? "by-unit" : "by-municipality";
		return tables.list(id, labels.text("insight.table." + id), labels.text("insight.table." + id + ".note"), Chart.BAR, lines, columns, counts, List.of(),
				labels.text("insight.total"));
	}

	/** How long families wait, as the median and the 90th percentile in days, for each kind of wait. */
	FigureTable waiting() {
		FactKind[] kinds = { FactKind.CONTACT_ANSWERED, FactKind.APPOINTMENT_BOOKED, FactKind.HANDOFF_ACCEPTED, FactKind.NOTIFICATION_DECIDED,
				FactKind.ASSESSMENT_STARTED };
		long[][] counts = new long[kinds.length][1];
		List<TreeMap<Integer, Long>> distributions = new ArrayList<>();
		for (int k = 0; k < kinds.length; k++) {
			TreeMap<Integer, Long> days = Tally.days(rows, kinds[k], row -> true);
			distributions.add(days);
			counts[k][0] = days.values().stream().mapToLong(Long::longValue).sum();
		}
		List<Heading> lines = Tally.headings(Arrays.stream(kinds).map(Enum::name).toList(), i -> labels.text("insight.wait." + kinds[i].name()));
		return tables.list("waiting", labels.text("insight.table.waiting"), labels.text("insight.table.waiting.note"), Chart.BAR, lines,
				List.of(new Column("n", labels.text("insight.waits"), Measure.COUNT)),
				counts, List.of(Derived.of("median", labels.text("insight.median"), Measure.DAYS, new int[] { 0 },
						(line, n) -> line < 0 ? null : Tally.percentile(distributions.get(line), 50)),
						Derived.of("p90", labels.text("insight.p90"), Measure.DAYS, new int[] { 0 },
								(line, n) -> line < 0 ? null : Tally.percentile(distributions.get(line), 90))),
				null);
	}

	/** Hand-offs answered month by month: accepted, declined or expired, with the share accepted. */
	FigureTable handoffs() {
		List<String> answers = List.of("HANDOFF_ACCEPTED", "HANDOFF_DECLINED", "HANDOFF_EXPIRED");
		long[][] counts = new long[months.size()][answers.size()];
		for (int a = 0; a < answers.size(); a++) {
			long[] column = Tally.count(rows, FactKind.valueOf(answers.get(a)), row -> true, monthKeys, row -> row.month().toString());
			for (int m = 0; m < months.size(); m++) {
				counts[m][a] = column[m];
			}
		}
		return tables.cross("handoffs", labels.text("insight.table.handoffs"), labels.text("insight.table.handoffs.note"), Chart.STACKED,
				ServiceFlow.monthHeadings(months, labels), Tally.headings(answers, i -> labels.text("insight.count." + answers.get(i))), counts,
				labels.text("insight.total"), List.of(new Share("accepted", labels.text("insight.acceptedShare"), 0)));
	}

	/** The bounce figure: how many hand-offs returned before the family landed, month by month, with the share that landed at once. */
	FigureTable bounces() {
		List<String> buckets = List.of("0", "1", "2", "3");
		long[][] counts = Tally.cross(rows, FactKind.HANDOFF_COMPLETED, row -> row.value() != null, monthKeys, row -> row.month().toString(), buckets,
				row -> String.valueOf(Math.min(3, row.value())));
		return tables.cross("bounces", labels.text("insight.table.bounces"), labels.text("insight.table.bounces.note"), Chart.STACKED,
				ServiceFlow.monthHeadings(months, labels), Tally.headings(buckets, i -> labels.text("insight.bounces." + buckets.get(i))), counts,
				labels.text("insight.total"), List.of(new Share("first", labels.text("insight.landedFirst"), 0)));
	}

	/** Appointments held by channel month by month, with the remote and the outreach share. */
	FigureTable channels() {
		List<Dimensions.Channel> channels = Arrays.stream(Dimensions.Channel.values()).filter(c -> c != Dimensions.Channel.MESSAGE).toList();
		List<String> keys = channels.stream().map(Enum::name).toList();
		long[][] counts = Tally.cross(rows, FactKind.APPOINTMENT_ATTENDED, row -> true, monthKeys, row -> row.month().toString(), keys, FigureRow::channel);
		return tables.cross("channels", labels.text("insight.table.channels"), labels.text("insight.table.channels.note"), Chart.STACKED,
				ServiceFlow.monthHeadings(months, labels), Tally.headings(keys, i -> labels.text("insight.channel." + keys.get(i))), counts,
				labels.text("insight.total"), List.of(new Share("remote", labels.text("insight.remoteShare"), indexes(channels, Dimensions.Channel::remote)),
						new Share("outreach", labels.text("insight.outreachShare"), indexes(channels, Dimensions.Channel::outreach))));
	}

	/**
	 * Services begun month by month by tier: appointments held, by the tier of the unit's kind of
	 * service, and cases opened, by the tier of their kind of client work.
	 */
	FigureTable tiers(Map<String, Tier> classification) {
		List<String> tiers = Arrays.stream(Tier.values()).map(Enum::name).toList();
		long[][] counts = new long[months.size()][tiers.size()];
		for (FactKind kind : new FactKind[] { FactKind.APPOINTMENT_ATTENDED, FactKind.CASE_OPENED }) {
			long[][] more = Tally.cross(rows, kind, row -> classification.containsKey(row.serviceKind()), monthKeys, row -> row.month().toString(), tiers,
					row -> classification.get(row.serviceKind()).name());
			for (int m = 0; m < months.size(); m++) {
				for (int t = 0; t < tiers.size(); t++) {
					counts[m][t] += more[m][t];
				}
			}
		}
		List<Share> shares = new ArrayList<>();
		for (int t = 0; t < tiers.size(); t++) {
			shares.add(new Share("share-" + tiers.get(t), labels.text("insight.tierShare." + tiers.get(t)), t));
		}
		return tables.cross("tiers", labels.text("insight.table.tiers"), labels.text("insight.table.tiers.note"), Chart.STACKED,
				ServiceFlow.monthHeadings(months, labels), Tally.headings(tiers, i -> labels.text("insight.tier." + tiers.get(i))), counts,
				labels.text("insight.total"), shares);
	}

	private static int[] indexes(List<Dimensions.Channel> channels, Predicate<Dimensions.Channel> which) {
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			if (which.test(channels.get(i))) {
				at.add(i);
			}
		}
		return at.stream().mapToInt(Integer::intValue).toArray();
	}
}
