package fi.yhdessa.insight.indicators;

import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.FigureTable.Cell;
import fi.yhdessa.insight.figures.FigureTable.Column;
import fi.yhdessa.insight.figures.FigureTable.Line;
import fi.yhdessa.insight.figures.FigureTable.Measure;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import fi.yhdessa.platform.SmallCounts;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The national indicators that count the same thing as one of the platform's own kinds of fact
 * (configured as {@code indicator:KIND}, e.g. the number of child welfare notifications), and the
 * two side by side by municipality for the latest year both have: the national count from Sotkanet's
 * absolute value, the platform's from its facts, each hidden under five.
 */
@Component
class PlatformPairs {

	private final Map<Integer, FactKind> pairs = new HashMap<>();
	private final FigureCache figures;
	private final Clock clock;
	private final SmallCounts smallCounts;
	private final MessageSource messages;

	PlatformPairs(@Value("${yhdessa.insight.platform-pairs:}") List<String> configured, FigureCache figures, SmallCounts smallCounts,
			MessageSource messages, Clock clock) {
		configured.stream().filter(p -> p.contains(":")).forEach(p -> {
			String[] parts = p.trim().split(":");
			pairs.put(Integer.parseInt(parts[0].trim()), FactKind.valueOf(parts[1].trim()));
		});
		this.figures = figures;
		this.smallCounts = smallCounts;
		this.messages = messages;
		this.clock = clock;
	}

	Optional<FigureTable> table(int indicator, List<Indicators.Value> values, Map<String, String> municipalities, Locale locale) {
		FactKind kind = pairs.get(indicator);
		if (kind == null) {
			return Optional.empty();
		}
		int now = YearMonth.now(clock).getYear();
		Optional<Integer> year = values.stream().filter(v -> "KUNTA".equals(v.category()) && v.year() < now).map(Indicators.Value::year)
			.max(Integer::compare);
		if (year.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Long> ours = new HashMap<>();
		for (FigureRow row : figures.rows(Set.of(kind), FigureFilter.months(YearMonth.of(year.get(), 1), YearMonth.of(year.get(), 12)))) {
			if (row.municipality() != null) {
				ours.merge(row.municipality(), row.n(), Long::sum);
			}
		}
		List<Column> columns = List.of(new Column("national", messages.getMessage("insight.polarisation.national", null, locale), Measure.COUNT),
				new Column("platform", messages.getMessage("insight.polarisation.platform", null, locale), Measure.COUNT));
		List<Line> lines = new ArrayList<>();
		municipalities.forEach((code, name) -> {
			Indicators.Value national = values.stream()
				.filter(v -> "KUNTA".equals(v.category()) && code.equals(v.regionCode()) && v.year() == year.get() && "total".equals(v.gender()))
				.findFirst().orElse(null);
			Cell nationalCell = national == null ? Cell.EMPTY : national.suppressed() ? Cell.HIDDEN
					: national.absValue() == null ? Cell.EMPTY : Cell.of(national.absValue().doubleValue());
			long count = ours.getOrDefault(code, 0L);
			lines.add(new Line(code, name, List.of(nationalCell, smallCounts.small(count) ? Cell.HIDDEN : Cell.of(count)), null));
		});
		String title = messages.getMessage("insight.polarisation.pair", new Object[] { String.valueOf(year.get()),
				messages.getMessage("insight.pairKind." + kind.name(), null, kind.name(), locale) }, locale);
		return Optional.of(new FigureTable("platform", title, null, FigureTable.Chart.BAR, columns, lines, null));
	}
}
