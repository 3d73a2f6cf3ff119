package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.figures.FigureTable.Chart;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.figures.Tables.Derived;
import fi.yhdessa.insight.figures.Tables.Heading;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.OutcomeMeasures;
import fi.yhdessa.platform.SmallCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Effectiveness: the change from before to after in goal attainment (GAS, −2…+2, from the rating at
 * the plan's agreement to the latest review) and in the family's own rating of everyday life
 * (0–10, start to end of the case), by kind of service, unit and municipality, each with the number
 * of families behind it. A mean is shown only where at least the rule's minimum of families stand behind it.
 */
@Component
public class EffectivenessFigures {

	private final Tables tables;
	private final OutcomeMeasures outcomes;

	EffectivenessFigures(SmallCounts rule, OutcomeMeasures outcomes) {
		this.tables = new Tables(rule);
		this.outcomes = outcomes;
	}

	public List<FigureTable> tables(FigureFilter filter, Labels labels) {
		List<FigureTable> all = new ArrayList<>();
		for (OutcomeMeasures.By by : OutcomeMeasures.By.values()) {
			all.add(table("gas-by-" + key(by), "insight.table.gas", by, outcomes.goals(by, filter), labels, "insight.goals"));
		}
		all.add(table("everyday-by-" + key(OutcomeMeasures.By.SERVICE_KIND), "insight.table.everyday", OutcomeMeasures.By.SERVICE_KIND,
				outcomes.everydayLife(OutcomeMeasures.By.SERVICE_KIND, filter), labels, "insight.cases"));
		return all;
	}

	private FigureTable table(String id, String titleKey, OutcomeMeasures.By by, List<OutcomeMeasures.Change> changes, Labels labels, String recordsKey) {
		List<Heading> lines = new ArrayList<>();
		long[][] counts = new long[changes.size()][2];
		for (int i = 0; i < changes.size(); i++) {
			OutcomeMeasures.Change change = changes.get(i);
			lines.add(heading(by, change.group(), labels));
			counts[i][0] = change.families();
			counts[i][1] = change.records();
		}
		Tables.Derived.Value before = (line, c) -> line < 0 ? total(changes, true) : mean(changes.get(line).before(), changes.get(line).records());
		Tables.Derived.Value after = (line, c) -> line < 0 ? total(changes, false) : mean(changes.get(line).after(), changes.get(line).records());
		return tables.list(id, labels.text(titleKey, labels.text("insight.by." + by.name())), labels.text(titleKey + ".note"), Chart.BAR, lines,
				List.of(new Column("families", labels.text("insight.families"), Measure.COUNT),
						new Column("records", labels.text(recordsKey), Measure.COUNT)),
				counts,
				List.of(Derived.of("before", labels.text("insight.before"), Measure.MEAN, new int[] { 0, 1 }, before),
						Derived.of("after", labels.text("insight.after"), Measure.MEAN, new int[] { 0, 1 }, after),
						Derived.of("change", labels.text("insight.change"), Measure.MEAN, new int[] { 0, 1 }, (line, c) -> {
							Double first = before.of(line, c);
							Double last = after.of(line, c);
							return first == null || last == null ? null : last - first;
						})),
				labels.text("insight.total"));
	}

	private static Double total(List<OutcomeMeasures.Change> changes, boolean before) {
		return mean(changes.stream().mapToLong(c -> before ? c.before() : c.after()).sum(), changes.stream().mapToLong(OutcomeMeasures.Change::records).sum());
	}

	private static Double mean(long sum, long records) {
		return records == 0 ? null : (double) sum / records;
	}

	private static Heading heading(OutcomeMeasures.By by, String group, Labels labels) {
		return switch (by) {
			case SERVICE_KIND -> Heading.of(String.valueOf(group), labels.serviceKind(group));
			case UNIT -> new Heading(String.valueOf(group), labels.unit(group == null ? null : UUID.fromString(group)),
					group == null ? null : new FigureTable.Drill("unit", group));
			case MUNICIPALITY -> new Heading(String.valueOf(group), labels.municipality(group),
					group == null ? null : new FigureTable.Drill("municipality", group));
		};
	}

	private static String key(OutcomeMeasures.By by) {
		return by.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
