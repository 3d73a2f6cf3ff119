package fi.yhdessa.frontdoor;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The child welfare notification form for everyone, and the intake queue with the decision clock. */
@Controller
class NotificationPages {

	private final Notifications notifications;
	private final Network network;
	private final Clock clock;

	NotificationPages(Notifications notifications, Network network, Clock clock) {
		this.notifications = notifications;
		this.network = network;
		this.clock = clock;
	}

	@Bean
	static NavigationItem intakeLink() {
		return new NavigationItem("nav.notifications", "/frontdoor/notifications", EnumSet.of(Role.CHILD_WELFARE_WORKER), 10);
	}

	@Bean
	static RoleHome intakeHome() {
		return new RoleHome(Role.CHILD_WELFARE_WORKER, "/frontdoor/notifications", "nav.notifications");
	}

	@GetMapping("/child-welfare-notification")
	String form(Model model) {
		if (!model.containsAttribute("notificationForm")) {
			model.addAttribute("notificationForm", new NotificationForm());
		}
		model.addAttribute("municipalities", network.municipalities());
		return "frontdoor/notification-form";
	}

	@PostMapping("/child-welfare-notification")
	String submit(@Valid @ModelAttribute NotificationForm notificationForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		notificationForm.checkAcross(errors, Year.now(clock));
		if (!notificationForm.getMunicipality().isBlank()
				&& network.municipalities().stream().noneMatch(m -> m.code().equals(notificationForm.getMunicipality()))) {
			errors.rejectValue("municipality", "contact.municipality.required");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model);
		}
		Notifications.Received received = notifications.submit(user, notificationForm, null);
		redirect.addFlashAttribute("received", received);
		return "redirect:/child-welfare-notification/received";
	}

	@GetMapping("/child-welfare-notification/received")
	String received(Model model) {
		if (!model.containsAttribute("received")) {
			return "redirect:/child-welfare-notification";
		}
		return "frontdoor/notification-received";
	}

	@GetMapping("/frontdoor/notifications")
	@PreAuthorize("hasRole('CHILD_WELFARE_WORKER')")
	String queue(@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("notifications", notifications.queue(user, !done, PageRequest.of(page)));
		model.addAttribute("done", done);
		model.addAttribute("today", LocalDate.now(clock));
		return "frontdoor/notifications";
	}

	@GetMapping("/frontdoor/notifications/{id}")
	@PreAuthorize("hasAnyRole(T(fi.yhdessa.platform.Role).staffNames())")
	String notification(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Notification notification = notifications.open(user, id).orElseThrow(ContactPages::notFound);
		model.addAttribute("notification", notification);
		model.addAttribute("municipality",
				network.municipalities().stream().filter(m -> m.code().equals(notification.municipality())).findFirst().orElse(null));
		model.addAttribute("intake", user.has(Role.CHILD_WELFARE_WORKER) && notification.unitId().equals(user.unitId()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("urgencies", Notification.Urgency.values());
		model.addAttribute("decisions", Notification.Decision.values());
		return "frontdoor/notification";
	}

	@PostMapping("/frontdoor/notifications/{id}/urgency")
	@PreAuthorize("hasRole('CHILD_WELFARE_WORKER')")
	String urgency(@PathVariable UUID id, @RequestParam(required = false) Notification.Urgency urgency, @AuthenticationPrincipal SignedInUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (urgency == null) {
			model.addAttribute("urgencyMissing", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return notification(id, user, model);
		}
		redirect.addFlashAttribute("outcome", notifications.assessUrgency(user, id, urgency) ? "intake.urgencyRecorded" : "intake.notChanged");
		return "redirect:/frontdoor/notifications/" + id;
	}

	@PostMapping("/frontdoor/notifications/{id}/decision")
	@PreAuthorize("hasRole('CHILD_WELFARE_WORKER')")
	String decide(@PathVariable UUID id, @RequestParam(required = false) Notification.Decision decision,
			@RequestParam(defaultValue = "") String reasons,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate childNotifiedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate guardiansNotifiedOn,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DecisionErrors errors = new DecisionErrors(decision == null, reasons.isBlank(), reasons.length() > 4000,
				childNotifiedOn != null && childNotifiedOn.isAfter(LocalDate.now(clock)),
				guardiansNotifiedOn != null && guardiansNotifiedOn.isAfter(LocalDate.now(clock)));
		if (errors.any()) {
			model.addAttribute("decisionErrors", errors);
			model.addAttribute("typed", new Typed(decision, reasons, childNotifiedOn, guardiansNotifiedOn));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return notification(id, user, model);
		}
		redirect.addFlashAttribute("outcome",
				notifications.decide(user, id, decision, reasons.strip(), childNotifiedOn, guardiansNotifiedOn) ? "intake.decided" : "intake.notChanged");
		return "redirect:/frontdoor/notifications/" + id;
	}

	/** What was wrong with a decision form. */
	record DecisionErrors(boolean decision, boolean reasons, boolean reasonsTooLong, boolean childDate, boolean guardiansDate) {

		public boolean any() {
			return decision || reasons || reasonsTooLong || childDate || guardiansDate;
		}
	}

	/** What was typed in a refused decision form, shown again. */
	record Typed(Notification.Decision decision, String reasons, LocalDate childNotifiedOn, LocalDate guardiansNotifiedOn) {
	}
}
