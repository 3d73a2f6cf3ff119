package fi.yhdessa.insight.web;

import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.insight.plan.Measure;
import fi.yhdessa.insight.plan.PlanProgress;
import fi.yhdessa.insight.plan.PlanRefused;
import fi.yhdessa.insight.plan.Priority;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The welfare plan inside the network: every member of staff reads the plans and their progress;
 * the steering group starts a plan, sets its priorities with their indicators and targets and
 * adopts it; a priority's own group adds its measures and moves them along.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PlanPages {

	private final WelfarePlans plans;
	private final PlanProgress progress;
	private final Indicators indicators;
	private final Network network;
	private final Clock clock;

	PlanPages(WelfarePlans plans, PlanProgress progress, Indicators indicators, Network network, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.indicators = indicators;
		this.network = network;
		this.clock = clock;
	}

	@GetMapping("/insight/welfare-plans")
	String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("planForm") PlanForm form, Locale locale, Model model) {
		staff(user);
		model.addAttribute("plans", plans.visibleTo(user));
		model.addAttribute("keeps", plans.keepsPlans(user));
		model.addAttribute("areas", areas(locale));
		return "insight/plans";
	}

	@PostMapping("/insight/welfare-plans")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("planForm") PlanForm form, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response) {
		PlanForm.Valid valid = form.valid(areas(locale).keySet(), errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(user, form, locale, model);
		}
		WelfarePlan plan = plans.create(user, valid.title(), valid.firstYear(), valid.lastYear(), valid.area());
		return "redirect:/insight/welfare-plans/" + plan.id();
	}

	@GetMapping("/insight/welfare-plans/{id}")
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale, Model model) {
		staff(user);
		WelfarePlan plan = plans.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<UUID, Boolean> keepsMeasures = new LinkedHashMap<>();
		plan.priorities().forEach(p -> keepsMeasures.put(p.id(), plans.keepsMeasuresOf(user, p)));
		model.addAttribute("plan", plan);
		model.addAttribute("progress", progress.of(plan));
		model.addAttribute("keeps", plans.keepsPlans(user));
		model.addAttribute("keepsMeasures", keepsMeasures);
		model.addAttribute("groups", groups(locale));
		model.addAttribute("agreements", network.agreements().stream().collect(Collectors.toMap(Network.AgreementOutline::id, Network.AgreementOutline::title)));
		model.addAttribute("areas", areas(locale));
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

	@GetMapping("/insight/welfare-plans/{id}/priorities/new")
	String newPriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @ModelAttribute("priorityForm") PriorityForm form, Locale locale,
			Model model) {
		WelfarePlan plan = kept(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("groups", groups(locale));
		return "insight/plan-priority";
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities")
	String addPriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @ModelAttribute("priorityForm") PriorityForm form,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PriorityForm.Valid valid = form.valid(groups(locale).keySet(), errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newPriority(user, id, form, locale, model);
		}
		Priority priority = plans.addPriority(user, id, valid.title(), valid.description(), valid.ownerGroup());
		redirect.addFlashAttribute("outcome", "welfarePlan.priorityAdded");
		return "redirect:/insight/welfare-plans/" + id + "/priorities/" + priority.id() + "/indicators/new";
	}

	@GetMapping("/insight/welfare-plans/{id}/priorities/{priority}/edit")
	String editPriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority, Locale locale, Model model) {
		WelfarePlan plan = kept(user, id);
		if (!model.containsAttribute("priorityForm")) {
			model.addAttribute("priorityForm", PriorityForm.of(priorityOf(plan, priority)));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("editing", priorityOf(plan, priority));
		model.addAttribute("groups", groups(locale));
		return "insight/plan-priority";
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities/{priority}")
	String savePriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority,
			@ModelAttribute("priorityForm") PriorityForm form, BindingResult errors, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PriorityForm.Valid valid = form.valid(groups(locale).keySet(), errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPriority(user, id, priority, locale, model);
		}
		try {
			plans.editPriority(user, id, priority, form.getVersion(), valid.title(), valid.description(), valid.ownerGroup());
			redirect.addFlashAttribute("outcome", "welfarePlan.prioritySaved");
		}
		catch (PlanRefused e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/insight/welfare-plans/" + id + "#priority-" + priority;
	}

	@GetMapping("/insight/welfare-plans/{id}/priorities/{priority}/indicators/new")
	String newIndicator(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority,
			@ModelAttribute("planIndicatorForm") PlanIndicatorForm form, Locale locale, Model model) {
		WelfarePlan plan = kept(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("priority", priorityOf(plan, priority));
		Map<Integer, String> choices = new LinkedHashMap<>();
		indicators.all().forEach(i -> choices.put(i.id(), i.title().in(locale) + " (" + i.id() + ")"));
		model.addAttribute("indicators", choices);
		return "insight/plan-indicator";
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities/{priority}/indicators")
	String setIndicator(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority,
			@ModelAttribute("planIndicatorForm") PlanIndicatorForm form, BindingResult errors, @RequestParam(required = false) String next, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var valid = form.valid(indicators.all().stream().map(Indicators.Indicator::id).collect(Collectors.toSet()), errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newIndicator(user, id, priority, form, locale, model);
		}
		plans.setIndicator(user, id, priority, valid);
		redirect.addFlashAttribute("outcome", "welfarePlan.indicatorSet");
		return "another".equals(next) ? "redirect:/insight/welfare-plans/" + id + "/priorities/" + priority + "/indicators/new"
				: "redirect:/insight/welfare-plans/" + id + "#priority-" + priority;
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities/{priority}/indicators/{indicator}/remove")
	String removeIndicator(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority, @PathVariable int indicator,
			RedirectAttributes redirect) {
		plans.removeIndicator(user, id, priority, indicator);
		redirect.addFlashAttribute("outcome", "welfarePlan.indicatorRemoved");
		return "redirect:/insight/welfare-plans/" + id + "#priority-" + priority;
	}

	@GetMapping("/insight/welfare-plans/{id}/priorities/{priority}/measures/new")
	String newMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority,
			@ModelAttribute("measureForm") MeasureForm form, Model model) {
		staff(user);
		WelfarePlan plan = plans.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Priority shown = priorityOf(plan, priority);
		if (!plans.keepsMeasuresOf(user, shown)) {
			throw new AccessDeniedException("Not a keeper of this priority's measures");
		}
		model.addAttribute("plan", plan);
		model.addAttribute("priority", shown);
		model.addAttribute("agreementChoices", network.agreements());
		return "insight/plan-measure";
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities/{priority}/measures")
	String addMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority,
			@ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MeasureForm.Valid valid = form.valid(network.agreements().stream().map(Network.AgreementOutline::id).collect(Collectors.toSet()), LocalDate.now(clock),
				errors);
		if (valid == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newMeasure(user, id, priority, form, model);
		}
		plans.addMeasure(user, id, priority, valid.description(), valid.responsible(), valid.dueOn(), valid.agreements(), valid.services());
		redirect.addFlashAttribute("outcome", "welfarePlan.measureAdded");
		return "redirect:/insight/welfare-plans/" + id + "#priority-" + priority;
	}

	@PostMapping("/insight/welfare-plans/{id}/measures/{measure}/status")
	String moveMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID measure, @RequestParam int version,
			@RequestParam String status, RedirectAttributes redirect) {
		try {
			plans.moveMeasure(user, id, measure, version, Measure.Status.valueOf(status));
			redirect.addFlashAttribute("outcome", "welfarePlan.measureMoved");
		}
		catch (PlanRefused e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("refusal", "welfarePlan.error.status");
		}
		return "redirect:/insight/welfare-plans/" + id + "#measure-" + measure;
	}

	private WelfarePlan kept(SignedInUser user, UUID id) {
		staff(user);
		if (!plans.keepsPlans(user)) {
			throw new AccessDeniedException("Only the steering group keeps the welfare plan");
		}
		return plans.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Priority priorityOf(WelfarePlan plan, UUID id) {
		return plan.priorities().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void staff(SignedInUser user) {
		if (user == null || !user.isStaff()) {
			throw new AccessDeniedException("The network's plan pages are for staff; residents read the public plan");
		}
	}

	private Map<String, String> areas(Locale locale) {
		Map<String, String> areas = new LinkedHashMap<>();
		network.areas().forEach(a -> areas.put(a.code(), a.name().in(locale)));
		return areas;
	}

	private Map<UUID, String> groups(Locale locale) {
		Map<UUID, String> groups = new LinkedHashMap<>();
		network.groups().forEach(g -> groups.put(g.id(), g.name().in(locale)));
		return groups;
	}
}
