package fi.yhdessa.insight.indicators;

import fi.yhdessa.insight.figures.FigureTable.Cell;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Line;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.network.Network;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * An indicator's polarisation in the county: each municipality over the latest years, the lowest
 * and the highest municipality and the gap between them year by year, girls against boys, the
 * county against the whole country, and the platform's own count beside the national one where
 * they measure the same thing. Values about fewer than five people are hidden as Sotkanet gives them.
 */
@Service
public class Polarisation {

	static final int YEARS_BY_MUNICIPALITY = 5;
	private static final int KEPT = 200;

	private final Indicators indicators;
	private final IndicatorRegions regions;
	private final PlatformPairs pairs;
	private final Network network;
	private final MessageSource messages;
	private final IndicatorImports imports;
	private final FigureCache figures;
	private final Map<Question, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Question, Kept> eldest) {
			return size() > KEPT;
		}
	};

	Polarisation(Indicators indicators, IndicatorRegions regions, PlatformPairs pairs, Network network, MessageSource messages, IndicatorImports imports,
			FigureCache figures) {
		this.imports = imports;
		this.figures = figures;
		this.indicators = indicators;
		this.regions = regions;
		this.pairs = pairs;
		this.network = network;
		this.messages = messages;
	}

	/** The tables of one indicator, for the county or one of its areas ({@code null} for the whole county). */
	public record View(Indicators.Indicator indicator, Integer latestYear, List<FigureTable> tables) {
	}

	private record Question(Indicators.Indicator indicator, String area, Locale locale) {
	}

	private record Kept(long values, long figures, View view) {
	}

	/**
	 * The view, kept while no import has changed the values and the platform's figures stand (many
	 * people open the same indicators; the values move once a night).
	 */
	public View of(Indicators.Indicator indicator, String areaCode, Locale locale) {
		// Read before computing: a view is never kept under a newer version than the values it was made from.
		long values = imports.version();
		long platform = figures.version();
		Question question = new Question(indicator, areaCode, locale);
		Kept found;
		synchronized (kept) {
			found = kept.get(question);
		}
		if (found != null && found.values() == values && found.figures() == platform) {
			return found.view();
		}
		View view = computed(indicator, areaCode, locale);
		synchronized (kept) {
			kept.put(question, new Kept(values, platform, view));
		}
		return view;
	}

	private View computed(Indicators.Indicator indicator, String areaCode, Locale locale) {
		Set<String> ours = regions.municipalitiesOf(areaCode);
		List<Indicators.Value> values = indicators.valuesFor(indicator.id(), ours, regions.configuredCounty());
		Map<String, String> names = new LinkedHashMap<>();
		network.municipalities().stream().filter(m -> ours.contains(m.code())).forEach(m -> names.put(m.code(), m.name(locale)));
		String county = regions.countyCode(values);
		TreeSet<Integer> years = values.stream().map(Indicators.Value::year).collect(Collectors.toCollection(TreeSet::new));
		if (years.isEmpty()) {
			return new View(indicator, null, List.of());
		}
		Series series = new Series(values, county);
		Measure measure = Integer.valueOf(0).equals(indicator.decimals()) ? Measure.COUNT : Measure.VALUE;
		List<FigureTable> tables = new ArrayList<>();
		tables.add(trend(indicator, measure, years, series, names.keySet(), locale));
		tables.add(byMunicipality(measure, years, series, names, locale));
		pairs.table(indicator.id(), values, names, locale).ifPresent(tables::add);
		return new View(indicator, years.last(), List.copyOf(tables));
	}

	/** Year by year: the county, the country, the lowest and highest municipality and their gap, girls, boys and their gap. */
	private FigureTable trend(Indicators.Indicator indicator, Measure measure, TreeSet<Integer> years, Series series, Set<String> municipalities, Locale locale) {
		List<Column> columns = List.of(new Column("county", text("insight.polarisation.county", locale), measure),
				new Column("country", text("insight.polarisation.country", locale), measure),
				new Column("lowest", text("insight.polarisation.lowest", locale), measure),
				new Column("highest", text("insight.polarisation.highest", locale), measure),
				new Column("gap", text("insight.polarisation.gap", locale), Measure.DIFFERENCE),
				new Column("female", text("insight.polarisation.female", locale), measure),
				new Column("male", text("insight.polarisation.male", locale), measure),
				new Column("genderGap", text("insight.polarisation.genderGap", locale), Measure.DIFFERENCE));
		List<Line> lines = new ArrayList<>();
		for (int year : years) {
			List<BigDecimal> shown = municipalities.stream().map(m -> series.municipality(m, year, "total")).filter(v -> v != null).toList();
			BigDecimal lowest = shown.stream().min(Comparator.naturalOrder()).orElse(null);
			BigDecimal highest = shown.stream().max(Comparator.naturalOrder()).orElse(null);
			BigDecimal female = series.county(year, "female");
			BigDecimal male = series.county(year, "male");
			lines.add(new Line(String.valueOf(year), String.valueOf(year), List.of(series.countyCell(year, "total"), series.countryCell(year), cell(lowest),
					cell(highest), shown.size() < 2 ? Cell.EMPTY : cell(highest.subtract(lowest)), series.countyCell(year, "female"), series.countyCell(year, "male"),
					female == null || male == null ? Cell.EMPTY : cell(female.subtract(male))), null));
		}
		return new FigureTable("trend", text("insight.polarisation.trend", locale), indicator.title().in(locale), FigureTable.Chart.LINE, columns, lines,
				null);
	}

	/** Each municipality in the latest years, the highest first in the latest year, with the change over them. */
	private FigureTable byMunicipality(Measure measure, TreeSet<Integer> years, Series series, Map<String, String> names, Locale locale) {
		List<Integer> shownYears = years.descendingSet().stream().limit(YEARS_BY_MUNICIPALITY).sorted().toList();
		List<Column> columns = new ArrayList<>();
		shownYears.forEach(y -> columns.add(new Column(String.valueOf(y), String.valueOf(y), measure)));
		columns.add(new Column("change", text("insight.polarisation.change", locale, String.valueOf(shownYears.getFirst()), String.valueOf(shownYears.getLast())), Measure.DIFFERENCE));
		int latest = shownYears.getLast();
		List<Line> lines = new ArrayList<>();
		names.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<String, String> e) -> series.municipality(e.getKey(), latest, "total"),
					Comparator.nullsLast(Comparator.reverseOrder())))
			.forEach(e -> {
				List<Cell> cells = new ArrayList<>();
				shownYears.forEach(y -> cells.add(series.municipalityCell(e.getKey(), y)));
				BigDecimal first = series.municipality(e.getKey(), shownYears.getFirst(), "total");
				BigDecimal last = series.municipality(e.getKey(), latest, "total");
				cells.add(first == null || last == null ? Cell.EMPTY : cell(last.subtract(first)));
				lines.add(new Line(e.getKey(), e.getValue(), cells, new FigureTable.Drill("municipality", e.getKey())));
			});
		return new FigureTable("municipalities", text("insight.polarisation.municipalities", locale), null, FigureTable.Chart.BAR, columns, lines, null);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	static Cell cell(BigDecimal value) {
		return value == null ? Cell.EMPTY : Cell.of(value.doubleValue());
	}

	/** The values by region category, code, year and gender, for quick lookup. */
	private static final class Series {

		private final Map<String, Indicators.Value> byKey = new LinkedHashMap<>();
		private final String county;

		Series(List<Indicators.Value> values, String county) {
			this.county = county;
			values.forEach(v -> byKey.put(v.category() + "/" + v.regionCode() + "/" + v.year() + "/" + v.gender(), v));
			values.stream().filter(v -> "MAA".equals(v.category())).forEach(v -> byKey.putIfAbsent("MAA//" + v.year() + "/" + v.gender(), v));
		}

		BigDecimal municipality(String code, int year, String gender) {
			Indicators.Value v = byKey.get("KUNTA/" + code + "/" + year + "/" + gender);
			return v == null ? null : v.value();
		}

		Cell municipalityCell(String code, int year) {
			return cellOf(byKey.get("KUNTA/" + code + "/" + year + "/total"));
		}

		BigDecimal county(int year, String gender) {
			Indicators.Value v = byKey.get("HYVINVOINTIALUE/" + county + "/" + year + "/" + gender);
			return v == null ? null : v.value();
		}

		Cell countyCell(int year, String gender) {
			return cellOf(byKey.get("HYVINVOINTIALUE/" + county + "/" + year + "/" + gender));
		}

		Cell countryCell(int year) {
			return cellOf(byKey.get("MAA//" + year + "/total"));
		}

		private static Cell cellOf(Indicators.Value v) {
			if (v == null) {
				return Cell.EMPTY;
			}
			return v.suppressed() ? Cell.HIDDEN : cell(v.value());
		}
	}
}
