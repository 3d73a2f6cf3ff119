package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.Classification;
import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.figures.Comparison;
import fi.yhdessa.insight.figures.CostFigures;
import fi.yhdessa.insight.figures.EffectivenessFigures;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.figures.Labels;
import fi.yhdessa.insight.figures.Names;
import fi.yhdessa.insight.figures.ServiceFlow;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The figures a person asks for, from the aggregates in memory, within what the person may see; answers kept by {@link AnswerCache}. */
@Component
class Dashboard {

	/** The parts of the dashboard, each with its own tables. */
	enum Section {
		SERVICE_FLOW, COSTS, EFFECTIVENESS;

		String path() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Section of(String path) {
			return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst().orElse(null);
		}
	}

	/**
	 * What was asked and what it gave.
	 *
	 * @param filter the period and dimensions within the person's scope, or {@code null} when the form has errors
	 * @param compared the second period, or {@code null}
	 */
	record Figures(Section section, FigureFilter filter, FigureFilter compared, Scope scope, Labels labels, List<FigureTable> tables) {

		FigureTable table(String id) {
			return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
		}
	}

	private final ServiceFlow serviceFlow;
	private final CostFigures costs;
	private final EffectivenessFigures effectiveness;
	private final Comparison comparison;
	private final FigureCache cache;
	private final Names names;
	private final Classification classification;
	private final InsightAccess access;
	private final Clock clock;
	private final AnswerCache answers;

	Dashboard(ServiceFlow serviceFlow, CostFigures costs, EffectivenessFigures effectiveness, Comparison comparison, FigureCache cache, Names names,
			Classification classification, InsightAccess access, Clock clock, AnswerCache answers) {
		this.answers = answers;
		this.serviceFlow = serviceFlow;
		this.costs = costs;
		this.effectiveness = effectiveness;
		this.comparison = comparison;
		this.cache = cache;
		this.names = names;
		this.classification = classification;
		this.access = access;
		this.clock = clock;
	}

	Figures figures(SignedInUser user, Section section, InsightForm form, Errors errors, Locale locale) {
		Scope scope = access.scope(user);
		Labels labels = names.labels(locale);
		FigureFilter asked = form.filter(errors, choices(labels), LocalDate.now(clock));
		FigureFilter compared = form.comparison(asked, errors);
		if (asked == null || errors.hasErrors()) {
			return new Figures(section, null, null, scope, labels, List.of());
		}
		FigureFilter filter = scope.limit(asked);
		if (filter == null) {
			throw new AccessDeniedException("The figures asked for are outside the person's area or unit");
		}
		FigureFilter second = compared == null ? null : scope.limit(compared);
		List<FigureTable> tables = answers.get(new AnswerCache.Question(section, filter, second, locale, LocalDate.now(clock)),
				() -> tables(section, filter, second, labels));
		return new Figures(section, filter, second, scope, labels, tables);
	}

	private List<FigureTable> tables(Section section, FigureFilter filter, FigureFilter second, Labels labels) {
		List<FigureTable> tables = new ArrayList<>();
		switch (section) {
			case SERVICE_FLOW -> {
				if (second != null) {
					tables.addAll(comparison.tables(cache, filter, second, labels));
				}
				tables.addAll(serviceFlow.tables(cache, filter, labels));
			}
			case COSTS -> tables.addAll(costs.tables(cache, filter, labels));
			case EFFECTIVENESS -> tables.addAll(effectiveness.tables(filter, labels));
		}
		return tables;
	}

	InsightForm.Choices choices(Labels labels) {
		Set<String> kinds = new TreeSet<>(classification.tiers().keySet());
		return new InsightForm.Choices(labels.municipalities().keySet(), labels.areas().keySet(), labels.units().keySet(), kinds,
				Arrays.stream(Dimensions.Channel.values()).map(Enum::name).collect(Collectors.toSet()),
				Arrays.stream(Dimensions.AgeGroup.values()).map(Enum::name).collect(Collectors.toSet()), Set.of("fi", "sv", "en"));
	}
}
