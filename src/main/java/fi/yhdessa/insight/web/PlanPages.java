package fi.yhdessa.insight.web;

import fi.yhdessa.insight.plan.Measure;
import fi.yhdessa.insight.plan.PlanProgress;
import fi.yhdessa.insight.plan.PlanRefused;
import fi.yhdessa.insight.plan.WelfarePlan;
import fi.yhdessa.insight.plan.WelfarePlans;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The welfare plans inside the network: every member of staff reads the plans and their progress;
 * the steering group starts a plan and adopts it ({@link PriorityPages} keeps its parts).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PlanPages {

	private final WelfarePlans plans;
	private final PlanProgress progress;
	private final Network network;
	private final Clock clock;
	private final PlanViews views;

	PlanPages(WelfarePlans plans, PlanProgress progress, Network network, Clock clock, PlanViews views) {
		this.plans = plans;
		this.progress = progress;
		this.network = network;
		this.clock = clock;
		this.views = views;
	}

	@GetMapping("/insight/welfare-plans")
	String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("planForm") PlanForm form, Locale locale, Model model) {
		PlanViews.staff(user);
		model.addAttribute("plans", plans.visibleTo(user));
		model.addAttribute("keeps", plans.keepsPlans(user));
		model.addAttribute("areas", views.areas(locale));
		return "insight/plans";
	}

	@PostMapping("/insight/welfare-plans")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("planForm") PlanForm form, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response) {
		PlanForm.Valid valid = form.valid(views.areas(locale).keySet(), errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(user, form, locale, model);
		}
		WelfarePlan plan = plans.create(user, valid.title(), valid.firstYear(), valid.lastYear(), valid.area());
		return "redirect:/insight/welfare-plans/" + plan.id();
	}

	@GetMapping("/insight/welfare-plans/{id}")
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale, Model model) {
		PlanViews.staff(user);
		WelfarePlan plan = plans.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<UUID, Boolean> keepsMeasures = new LinkedHashMap<>();
		plan.priorities().forEach(p -> keepsMeasures.put(p.id(), plans.keepsMeasuresOf(user, p)));
		model.addAttribute("plan", plan);
		model.addAttribute("progress", progress.of(plan));
		model.addAttribute("keeps", plans.keepsPlans(user));
		model.addAttribute("keepsMeasures", keepsMeasures);
		model.addAttribute("groups", views.groups(locale));
		model.addAttribute("agreements", network.agreements().stream().collect(Collectors.toMap(Network.AgreementOutline::id, Network.AgreementOutline::title)));
		model.addAttribute("areas", views.areas(locale));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("statuses", Measure.Status.values());
		return "insight/plan";
	}

	@PostMapping("/insight/welfare-plans/{id}/adopt")
	String adopt(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			plans.adopt(user, id);
			redirect.addFlashAttribute("outcome", "welfarePlan.adopted");
		}
		catch (PlanRefused e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/insight/welfare-plans/" + id;
	}

}
