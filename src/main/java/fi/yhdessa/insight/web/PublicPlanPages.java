package fi.yhdessa.insight.web;

import fi.yhdessa.insight.plan.PlanProgress;
import fi.yhdessa.insight.plan.WelfarePlan;
import fi.yhdessa.insight.plan.WelfarePlans;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PublicPaths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The adopted welfare plans for residents and journalists: each priority with its indicators against
 * their targets and its measures, so that anyone can follow the county's promises; the same as open
 * data at {@code /api/v1/insight/welfare-plans}.
 */
@Controller
class PublicPlanPages {

	private final WelfarePlans plans;
	private final PlanProgress progress;
	private final Network network;
	private final Clock clock;

	PublicPlanPages(WelfarePlans plans, PlanProgress progress, Network network, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.network = network;
		this.clock = clock;
	}

	@Bean
	static NavigationItem welfarePlanLink() {
		return NavigationItem.forEveryone("nav.welfarePlan", "/welfare-plan", 45);
	}

	@Bean
	static PublicPaths welfarePlanIsPublic() {
		return PublicPaths.of("/welfare-plan", "/welfare-plan/*", "/api/v1/insight/welfare-plans", "/api/v1/insight/welfare-plans/*");
	}

	@GetMapping("/welfare-plan")
	String plans(Model model, Locale locale) {
		var published = plans.published();
		if (published.size() == 1) {
			return plan(published.getFirst().id(), model, locale);
		}
		model.addAttribute("plans", published);
		model.addAttribute("areas", areas(locale));
		return "insight/public-plans";
	}

	@GetMapping("/welfare-plan/{id}")
	String plan(@PathVariable UUID id, Model model, Locale locale) {
		WelfarePlan plan = plans.visible(null, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("plan", plan);
		model.addAttribute("progress", progress.of(plan));
		Map<Integer, List<PlanProgress.YearValue>> series = new LinkedHashMap<>();
		plan.priorities().forEach(p -> p.indicators().forEach(i -> series.computeIfAbsent(i.indicator(), indicator -> progress.series(plan, indicator))));
		model.addAttribute("series", series);
		model.addAttribute("areas", areas(locale));
		model.addAttribute("groups", network.groups().stream().collect(Collectors.toMap(Network.GroupOutline::id, g -> g.name().in(locale))));
		model.addAttribute("agreements", network.agreements().stream().collect(Collectors.toMap(Network.AgreementOutline::id, Network.AgreementOutline::title)));
		model.addAttribute("today", LocalDate.now(clock));
		return "insight/public-plan";
	}

	private Map<String, String> areas(Locale locale) {
		Map<String, String> areas = new LinkedHashMap<>();
		network.areas().forEach(a -> areas.put(a.code(), a.name().in(locale)));
		return areas;
	}
}
