package fi.yhdessa.insight.report;

import fi.yhdessa.insight.figures.CostFigures;
import fi.yhdessa.insight.figures.EffectivenessFigures;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.figures.Labels;
import fi.yhdessa.insight.figures.Names;
import fi.yhdessa.insight.figures.ServiceFlow;
import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.insight.indicators.Polarisation;
import fi.yhdessa.insight.plan.PlanIndicator;
import fi.yhdessa.insight.plan.PlanProgress;
import fi.yhdessa.insight.plan.Priority;
import fi.yhdessa.insight.plan.WelfarePlan;
import fi.yhdessa.insight.plan.WelfarePlans;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.FigureFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Puts the welfare report together for a period and an area: the plan in force with the progress of
 * its priorities, each of its indicators with its polarisation, the service flow, costs and
 * effectiveness of the period, and the analyst's text for each section. Every table comes with its
 * small counts hidden, as everywhere in insight.
 */
@Service
public class WelfareReport {

	static final int MAX_INDICATORS = 12;

	private final WelfarePlans plans;
	private final PlanProgress progress;
	private final Indicators indicators;
	private final Polarisation polarisation;
	private final ServiceFlow serviceFlow;
	private final CostFigures costs;
	private final EffectivenessFigures effectiveness;
	private final FigureCache cache;
	private final Names names;
	private final ReportTexts texts;
	private final Clock clock;

	WelfareReport(WelfarePlans plans, PlanProgress progress, Indicators indicators, Polarisation polarisation, ServiceFlow serviceFlow, CostFigures costs,
			EffectivenessFigures effectiveness, FigureCache cache, Names names, ReportTexts texts, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.indicators = indicators;
		this.polarisation = polarisation;
		this.serviceFlow = serviceFlow;
		this.costs = costs;
		this.effectiveness = effectiveness;
		this.cache = cache;
		this.names = names;
		this.texts = texts;
		this.clock = clock;
	}

	/** An indicator in the report: its polarisation tables and how THL asks it to be cited. */
	public record IndicatorPart(Indicators.Indicator indicator, List<FigureTable> tables, String citation) {
	}

	/**
	 * The report's content.
	 *
	 * @param plan the plan in force in the period's last year for the area (or the whole county), or {@code null}
	 */
	public record Content(ReportPeriod period, String area, String areaName, Locale locale, WelfarePlan plan, List<PlanProgress.PriorityProgress> progress,
			List<IndicatorPart> indicators, List<FigureTable> serviceFlow, List<FigureTable> costs, List<FigureTable> effectiveness,
			Map<ReportSection, ReportTexts.Text> texts, Instant generatedAt) {

		/** Every table of the report in its order, for the CSV. */
		public List<FigureTable> tables() {
			List<FigureTable> all = new java.util.ArrayList<>();
			indicators.forEach(i -> all.addAll(i.tables()));
			all.addAll(serviceFlow);
			all.addAll(costs);
			all.addAll(effectiveness);
			return all;
		}

		public String text(ReportSection section) {
			ReportTexts.Text text = texts.get(section);
			return text == null ? null : text.in(locale.getLanguage());
		}

		/** The analyst's text of a section in paragraphs (split at blank lines); none when there is no text. */
		public List<String> paragraphs(String section) {
			String text = text(ReportSection.valueOf(section));
			return text == null || text.isBlank() ? List.of() : java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
		}
	}

	public Content build(ReportPeriod period, String area, Locale locale) {
		Labels labels = names.labels(locale);
		String areaName = area == null ? null : labels.area(area);
		WelfarePlan plan = planFor(period, area).orElse(null);
		List<PlanProgress.PriorityProgress> planProgress = plan == null ? List.of() : progress.of(plan);
		List<IndicatorPart> parts = indicatorsOf(plan).stream().map(i -> new IndicatorPart(i, polarisation.of(i, area, locale).tables(),
				i.citation(LocalDate.now(clock)))).toList();
		FigureFilter filter = new FigureFilter(period.from(), period.to(), null, area, null, null, null, null, null);
		return new Content(period, area, areaName, locale, plan, planProgress, parts, serviceFlow.tables(cache, filter, labels),
				costs.tables(cache, filter, labels), effectiveness.tables(filter, labels), texts.of(period, area), Instant.now(clock));
	}

	/** The plan of the area whose years hold the period's last year, adopted before draft; else the county's. */
	private Optional<WelfarePlan> planFor(ReportPeriod period, String area) {
		Comparator<WelfarePlan> adoptedFirst = Comparator.comparing(p -> !p.published());
		List<WelfarePlan> covering = plans.visibleTo(null).stream()
			.filter(p -> p.firstYear() <= period.lastYear() + 1 && p.lastYear() >= period.lastYear()).sorted(adoptedFirst).toList();
		return covering.stream().filter(p -> area != null && area.equals(p.areaCode())).findFirst()
			.or(() -> covering.stream().filter(p -> p.areaCode() == null).findFirst());
	}

	/** The plan's indicators, or without a plan all those imported, at most twelve. */
	private List<Indicators.Indicator> indicatorsOf(WelfarePlan plan) {
		List<Indicators.Indicator> all = indicators.all();
		if (plan == null) {
			return all.stream().limit(MAX_INDICATORS).toList();
		}
		Set<Integer> ids = new LinkedHashSet<>();
		for (Priority priority : plan.priorities()) {
			priority.indicators().stream().map(PlanIndicator::indicator).forEach(ids::add);
		}
		return ids.stream().limit(MAX_INDICATORS).flatMap(id -> all.stream().filter(i -> i.id() == id)).toList();
	}
}
