package fi.yhdessa.insight.plan;

import fi.yhdessa.insight.indicators.IndicatorRegions;
import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.platform.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * How each priority of a plan is doing: each indicator's latest value for the plan's area against
 * its target — the county's own value, or for an area the mean of its municipalities' — and the
 * measures done and late.
 */
@Service
public class PlanProgress {

	private final Indicators indicators;
	private final IndicatorRegions regions;
	private final Clock clock;

	PlanProgress(Indicators indicators, IndicatorRegions regions, Clock clock) {
		this.indicators = indicators;
		this.regions = regions;
		this.clock = clock;
	}

	/** One indicator of a priority with where it stands now; {@code suppressed} when the latest value concerns fewer than five people. */
	public record IndicatorProgress(PlanIndicator planned, LocalizedText title, Integer latestYear, BigDecimal latest, boolean suppressed,
			PlanIndicator.Standing standing) {
	}

	public record PriorityProgress(Priority priority, List<IndicatorProgress> indicators, long done, long late, long open) {
	}

	public List<PriorityProgress> of(WelfarePlan plan) {
		LocalDate today = LocalDate.now(clock);
		Map<Integer, LocalizedText> titles = indicators.all().stream().collect(Collectors.toMap(Indicators.Indicator::id, Indicators.Indicator::title));
		List<PriorityProgress> progress = new ArrayList<>();
		for (Priority priority : plan.priorities()) {
			List<IndicatorProgress> shown = priority.indicators().stream().map(i -> progress(plan, i, titles.get(i.indicator()))).toList();
			long open = priority.measures().stream().filter(m -> m.status() == Measure.Status.PLANNED || m.status() == Measure.Status.ONGOING).count();
			progress.add(new PriorityProgress(priority, shown, priority.done(), priority.late(today), open));
		}
		return progress;
	}

	private IndicatorProgress progress(WelfarePlan plan, PlanIndicator planned, LocalizedText title) {
		List<Indicators.Value> values = indicators.valuesFor(planned.indicator(), regions.municipalitiesOf(plan.areaCode()), regions.configuredCounty());
		Latest latest = plan.areaCode() == null ? county(values) : area(values, regions.municipalitiesOf(plan.areaCode()));
		LocalizedText name = title == null ? LocalizedText.of(String.valueOf(planned.indicator()), null, null) : title;
		if (latest == null) {
			return new IndicatorProgress(planned, name, null, null, false, PlanIndicator.Standing.NO_DATA);
		}
		return new IndicatorProgress(planned, name, latest.year(), latest.value(), latest.suppressed(),
				latest.suppressed() ? PlanIndicator.Standing.NO_DATA : planned.standing(latest.value()));
	}

	private record Latest(int year, BigDecimal value, boolean suppressed) {
	}

	/** A value of the plan's area in one year; {@code value} null when {@code suppressed}. */
	public record YearValue(int year, BigDecimal value, boolean suppressed) {
	}

	/** The indicator year by year for the plan's area: the county's value, or the mean of the area's municipalities. */
	public List<YearValue> series(WelfarePlan plan, int indicator) {
		List<Indicators.Value> values = indicators.valuesFor(indicator, regions.municipalitiesOf(plan.areaCode()), regions.configuredCounty());
		List<Integer> years = values.stream().map(Indicators.Value::year).distinct().sorted().toList();
		List<YearValue> series = new ArrayList<>();
		for (int year : years) {
			List<Indicators.Value> ofYear = values.stream().filter(v -> v.year() == year).toList();
			Latest value = plan.areaCode() == null ? county(ofYear) : area(ofYear, regions.municipalitiesOf(plan.areaCode()));
			if (value != null) {
				series.add(new YearValue(year, value.value(), value.suppressed()));
			}
		}
		return series;
	}

	private Latest county(List<Indicators.Value> values) {
		String county = regions.countyCode(values);
		return values.stream().filter(v -> "HYVINVOINTIALUE".equals(v.category()) && v.regionCode().equals(county) && "total".equals(v.gender()))
			.max(Comparator.comparingInt(Indicators.Value::year)).map(v -> new Latest(v.year(), v.value(), v.suppressed())).orElse(null);
	}

	private static Latest area(List<Indicators.Value> values, Set<String> municipalities) {
		List<Indicators.Value> ours = values.stream()
			.filter(v -> "KUNTA".equals(v.category()) && municipalities.contains(v.regionCode()) && "total".equals(v.gender()))
			.toList();
		int year = ours.stream().mapToInt(Indicators.Value::year).max().orElse(-1);
		List<BigDecimal> shown = ours.stream().filter(v -> v.year() == year && !v.suppressed() && v.value() != null).map(Indicators.Value::value).toList();
		if (shown.isEmpty()) {
			return year < 0 ? null : new Latest(year, null, true);
		}
		BigDecimal mean = shown.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(shown.size()), 1, RoundingMode.HALF_UP);
		return new Latest(year, mean, false);
	}
}
