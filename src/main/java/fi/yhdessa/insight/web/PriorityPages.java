package fi.yhdessa.insight.web;

import fi.yhdessa.insight.indicators.Indicators;
import fi.yhdessa.insight.plan.Measure;
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
 * The parts of a welfare plan: the steering group sets its priorities with their indicators and
 * targets; a priority's own group adds its measures and moves them along.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PriorityPages {

	private final WelfarePlans plans;
	private final Indicators indicators;
	private final Network network;
	private final Clock clock;
	private final PlanViews views;

	PriorityPages(WelfarePlans plans, Indicators indicators, Network network, Clock clock, PlanViews views) {
		this.plans = plans;
		this.indicators = indicators;
		this.network = network;
		this.clock = clock;
		this.views = views;
	}

	@GetMapping("/insight/welfare-plans/{id}/priorities/new")
	String newPriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @ModelAttribute("priorityForm") PriorityForm form, Locale locale,
			Model model) {
		WelfarePlan plan = views.kept(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("groups", views.groups(locale));
		return "insight/plan-priority";
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities")
	String addPriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @ModelAttribute("priorityForm") PriorityForm form,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PriorityForm.Valid valid = form.valid(views.groups(locale).keySet(), errors);
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
		WelfarePlan plan = views.kept(user, id);
		if (!model.containsAttribute("priorityForm")) {
			model.addAttribute("priorityForm", PriorityForm.of(PlanViews.priorityOf(plan, priority)));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("editing", PlanViews.priorityOf(plan, priority));
		model.addAttribute("groups", views.groups(locale));
		return "insight/plan-priority";
	}

	@PostMapping("/insight/welfare-plans/{id}/priorities/{priority}")
	String savePriority(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID priority,
			@ModelAttribute("priorityForm") PriorityForm form, BindingResult errors, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PriorityForm.Valid valid = form.valid(views.groups(locale).keySet(), errors);
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
		WelfarePlan plan = views.kept(user, id);
		model.addAttribute("plan", plan);
		model.addAttribute("priority", PlanViews.priorityOf(plan, priority));
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
		PlanViews.staff(user);
		WelfarePlan plan = plans.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Priority shown = PlanViews.priorityOf(plan, priority);
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
}
