package fi.yhdessa.insight.web;

import fi.yhdessa.insight.plan.Measure;
import fi.yhdessa.insight.plan.PlanProgress;
import fi.yhdessa.insight.plan.WelfarePlan;
import fi.yhdessa.insight.plan.WelfarePlans;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The welfare plans as open data: the adopted plans for anyone, drafts too for staff; each priority
 * with its indicators (baseline, target, the area's values year by year, values about fewer than
 * five people left out) and its measures.
 */
@RestController
@RequestMapping("/api/v1/insight/welfare-plans")
@Tag(name = "Welfare plan", description = "The welfare plans, their priorities, indicators against targets and measures; open data.")
class WelfarePlanApi {

	private final WelfarePlans plans;
	private final PlanProgress progress;
	private final Network network;
	private final Clock clock;

	WelfarePlanApi(WelfarePlans plans, PlanProgress progress, Network network, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.network = network;
		this.clock = clock;
	}

	record PlanAnswer(UUID id, String title, int firstYear, int lastYear, String area, WelfarePlan.State state, List<PriorityAnswer> priorities) {
	}

	record PriorityAnswer(UUID id, int position, String title, String description, String ownerGroup, long measuresDone, long measuresLate,
			List<IndicatorAnswer> indicators, List<MeasureAnswer> measures) {
	}

	record IndicatorAnswer(int indicator, String title, BigDecimal baseline, Integer baselineYear, BigDecimal target, int targetYear, String direction,
			Integer latestYear, BigDecimal latest, boolean latestSuppressed, String standing, List<PlanProgress.YearValue> values) {
	}

	record MeasureAnswer(UUID id, String description, String responsible, LocalDate dueOn, Measure.Status status, boolean late, List<String> agreements,
			String services) {
	}

	@GetMapping
	@Operation(summary = "The welfare plans: the adopted ones for anyone, drafts as well for staff")
	List<PlanAnswer> plans(@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return plans.visibleTo(user).stream().map(p -> answer(p, locale)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One welfare plan with its priorities, indicators against targets and measures")
	ResponseEntity<PlanAnswer> plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
		return ResponseEntity.of(plans.visible(user, id).map(p -> answer(p, locale)));
	}

	private PlanAnswer answer(WelfarePlan plan, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		Map<UUID, String> groups = network.groups().stream().collect(Collectors.toMap(Network.GroupOutline::id, g -> g.name().in(locale)));
		Map<UUID, String> agreements = network.agreements().stream().collect(Collectors.toMap(Network.AgreementOutline::id, Network.AgreementOutline::title));
		List<PriorityAnswer> priorities = progress.of(plan).stream().map(pp -> new PriorityAnswer(pp.priority().id(), pp.priority().position(),
				pp.priority().title().in(locale), pp.priority().description() == null ? null : pp.priority().description().in(locale),
				groups.get(pp.priority().ownerGroup()), pp.done(), pp.late(),
				pp.indicators().stream().map(ip -> new IndicatorAnswer(ip.planned().indicator(), ip.title().in(locale), ip.planned().baseline(),
						ip.planned().baselineYear(), ip.planned().target(), ip.planned().targetYear(), ip.planned().direction().name(), ip.latestYear(),
						ip.latest(), ip.suppressed(), ip.standing().name(), progress.series(plan, ip.planned().indicator()))).toList(),
				pp.priority().measures().stream().map(m -> new MeasureAnswer(m.id(), m.description(), m.responsible(), m.dueOn(), m.status(), m.late(today),
						m.agreements().stream().map(a -> agreements.getOrDefault(a, a.toString())).toList(), m.services())).toList()))
			.toList();
		return new PlanAnswer(plan.id(), plan.title().in(locale), plan.firstYear(), plan.lastYear(), plan.areaCode(), plan.state(), priorities);
	}
}
