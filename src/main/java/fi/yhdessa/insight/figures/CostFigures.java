package fi.yhdessa.insight.figures;

import fi.yhdessa.insight.costs.Classification;
import fi.yhdessa.insight.costs.Tier;
import fi.yhdessa.insight.costs.UnitCost;
import fi.yhdessa.insight.costs.UnitCosts;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.FigureTable.Chart;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.figures.Tables.Derived;
import fi.yhdessa.insight.figures.Tables.Heading;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import fi.yhdessa.insight.store.FigureSource;
import fi.yhdessa.platform.SmallCounts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What the service flow costs at the unit costs the analyst keeps: appointments held at the price
 * of a visit of their kind of service, contacts answered at the price of a contact, and the days
 * cases were open at the price of a care day or a case-month of their kind. A cost shows only where
 * the number of appointments, contacts and cases behind it may be shown.
 */
@Component
public class CostFigures {

	static final Set<FactKind> KINDS = EnumSet.of(FactKind.APPOINTMENT_ATTENDED, FactKind.CONTACT_ANSWERED, FactKind.CASE_OPENED, FactKind.CASE_CLOSED);

	private final Tables tables;
	private final UnitCosts unitCosts;
	private final Classification classification;

	CostFigures(SmallCounts rule, UnitCosts unitCosts, Classification classification) {
		this.tables = new Tables(rule);
		this.unitCosts = unitCosts;
		this.classification = classification;
	}

	/** The cost and the people behind it of each line and column. */
	private record Costs(long[][] people, double[][] euros) {
	}

	public List<FigureTable> tables(FigureSource source, FigureFilter filter, Labels labels) {
		List<FigureRow> rows = source.rows(KINDS, filter.fromTheBeginning());
		Map<String, UnitCost> prices = unitCosts.byItem();
		Map<String, Tier> tiers = classification.tiers();
		List<YearMonth> months = Tally.months(filter);
		List<String> tierKeys = Arrays.stream(Tier.values()).map(Enum::name).toList();
		Function<FigureRow, String> tierOf = row -> tiers.containsKey(row.serviceKind()) ? tiers.get(row.serviceKind()).name() : "none";
		List<FigureTable> all = new ArrayList<>();
		Costs byMonth = costs(rows, prices, months, Tally.keys(months), row -> row.month().toString(), tierKeys, tierOf, null);
		all.add(tables.masked("costs-by-month", labels.text("insight.table.costs-by-month"), labels.text("insight.table.costs.note"), Chart.STACKED,
				ServiceFlow.monthHeadings(months, labels), Tally.headings(tierKeys, i -> labels.text("insight.tier." + tierKeys.get(i))), byMonth.people(),
				byMonth.euros(), Measure.EUROS, labels.text("insight.total")));
		List<String> municipalities = new ArrayList<>(labels.municipalities().keySet());
		Costs byMunicipality = costs(rows, prices, months, municipalities, FigureRow::municipality, tierKeys, tierOf, "all");
		all.add(tables.masked("costs-by-municipality", labels.text("insight.table.costs-by-municipality"), labels.text("insight.table.costs.note"),
				Chart.STACKED, municipalities.stream().map(code -> new Heading(code, labels.municipality(code), new FigureTable.Drill("municipality", code)))
					.toList(),
				Tally.headings(tierKeys, i -> labels.text("insight.tier." + tierKeys.get(i))), byMunicipality.people(), byMunicipality.euros(), Measure.EUROS,
				labels.text("insight.total")));
		all.add(items(rows, prices, months, labels));
		return all;
	}

	/**
	 * The costs by line and column over the months: by month, each line is one month; by place
	 * ({@code allMonths} not null), each line sums the period's months.
	 */
	private Costs costs(List<FigureRow> rows, Map<String, UnitCost> prices, List<YearMonth> months, List<String> lines, Function<FigureRow, String> lineOf,
			List<String> columns, Function<FigureRow, String> columnOf, String allMonths) {
		long[][] people = new long[lines.size()][columns.size()];
		double[][] euros = new double[lines.size()][columns.size()];
		Map<String, Integer> lineAt = index(lines);
		Map<String, Integer> columnAt = index(columns);
		YearMonth from = months.getFirst();
		YearMonth to = months.getLast();
		for (FigureRow row : rows) {
			boolean visit = row.kind() == FactKind.APPOINTMENT_ATTENDED;
			if ((!visit && row.kind() != FactKind.CONTACT_ANSWERED) || row.month().isBefore(from) || row.month().isAfter(to)) {
				continue;
			}
			Integer line = lineAt.get(allMonths == null ? lineOf.apply(row) : lineOf.apply(row));
			Integer column = columnAt.get(columnOf.apply(row));
			if (line != null && column != null) {
				people[line][column] += row.n();
				euros[line][column] += row.n() * UnitCosts.price(prices, row.serviceKind(), visit ? UnitCost.Basis.VISIT : UnitCost.Basis.CONTACT);
			}
		}
		Function<FigureRow, String> group = row -> lineOf.apply(row) + "|" + columnOf.apply(row);
		CaseDays days = new CaseDays(rows, from, to, allMonths == null ? columnOf : group);
		for (String key : days.keys()) {
			String[] parts = key.split("\\|");
			String kind = parts[parts.length - 1];
			for (YearMonth month : months) {
				CaseDays.Month open = days.in(key, month);
				Integer line = lineAt.get(allMonths == null ? month.toString() : parts[0]);
				Integer column = columnAt.get(allMonths == null ? parts[0] : parts[1]);
				if (line != null && column != null) {
					people[line][column] += allMonths == null ? open.cases() : 0;
					euros[line][column] += caseCost(prices, kind, open.days(), month);
				}
			}
			if (allMonths != null) {
				Integer line = lineAt.get(parts[0]);
				Integer column = columnAt.get(parts[1]);
				if (line != null && column != null) {
					people[line][column] += days.casesDuring(key, from, to);
				}
			}
		}
		return new Costs(people, euros);
	}

	/** Each priced item: how many appointments, contacts or cases, how many units of it, its price and its cost in the period. */
	private FigureTable items(List<FigureRow> rows, Map<String, UnitCost> prices, List<YearMonth> months, Labels labels) {
		Map<String, long[]> byKind = new LinkedHashMap<>();
		Map<String, Double> euros = new LinkedHashMap<>();
		YearMonth from = months.getFirst();
		YearMonth to = months.getLast();
		for (FigureRow row : rows) {
			boolean visit = row.kind() == FactKind.APPOINTMENT_ATTENDED;
			if ((visit || row.kind() == FactKind.CONTACT_ANSWERED) && !row.month().isBefore(from) && !row.month().isAfter(to) && row.serviceKind() != null) {
				long[] counts = byKind.computeIfAbsent(row.serviceKind(), k -> new long[2]);
				counts[0] += row.n();
				counts[1] += row.n();
				euros.merge(row.serviceKind(), row.n() * UnitCosts.price(prices, row.serviceKind(), visit ? UnitCost.Basis.VISIT : UnitCost.Basis.CONTACT),
						Double::sum);
			}
		}
		CaseDays days = new CaseDays(rows, from, to, row -> "case");
		for (String key : days.keys()) {
			String kind = key.substring(key.indexOf('|') + 1);
			long[] counts = byKind.computeIfAbsent(kind, k -> new long[2]);
			counts[0] += days.casesDuring(key, from, to);
			for (YearMonth month : months) {
				CaseDays.Month open = days.in(key, month);
				counts[1] += open.days();
				euros.merge(kind, caseCost(prices, kind, open.days(), month), Double::sum);
			}
		}
		List<String> kinds = new ArrayList<>(new TreeSet<>(byKind.keySet()));
		long[][] counts = new long[kinds.size()][2];
		for (int k = 0; k < kinds.size(); k++) {
			counts[k] = byKind.get(kinds.get(k));
		}
		List<Heading> lines = Tally.headings(kinds, i -> labels.serviceKind(kinds.get(i)));
		return tables.list("cost-items", labels.text("insight.table.cost-items"), labels.text("insight.table.cost-items.note"), Chart.BAR, lines,
				List.of(new Column("people", labels.text("insight.people"), Measure.COUNT), new Column("units", labels.text("insight.units"), Measure.COUNT)),
				counts,
				List.of(Derived.of("price", labels.text("insight.unitPrice"), Measure.EUROS, new int[0],
						(line, c) -> line < 0 || !prices.containsKey(kinds.get(line)) ? null : prices.get(kinds.get(line)).amount().doubleValue()),
						Derived.of("cost", labels.text("insight.cost"), Measure.EUROS, new int[] { 0 },
								(line, c) -> line < 0 ? null : euros.getOrDefault(kinds.get(line), 0.0))),
				null);
	}

	private static double caseCost(Map<String, UnitCost> prices, String kind, long days, YearMonth month) {
		UnitCost price = prices.get(kind);
		if (price == null) {
			return 0;
		}
		return switch (price.basis()) {
			case DAY -> days * price.amount().doubleValue();
			case CASE_MONTH -> (double) days / month.lengthOfMonth() * price.amount().doubleValue();
			default -> 0;
		};
	}

	private static Map<String, Integer> index(List<String> keys) {
		Map<String, Integer> at = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			at.put(keys.get(i), i);
		}
		return at;
	}
}
