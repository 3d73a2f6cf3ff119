package fi.yhdessa.frontdoor;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
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

/** Concern conversations in universal services, the invitations they send, and the explicit step to a notification. */
@Controller
class ConcernPages {

	/** The units a family can agree to invite. */
	static final EnumSet<UnitKind> INVITABLE = EnumSet.of(UnitKind.FAMILY_GUIDANCE, UnitKind.FAMILY_SOCIAL_WORK, UnitKind.FAMILY_COUNSELLING,
			UnitKind.CHILD_HEALTH_CLINIC, UnitKind.NGO_FAMILY_ACTIVITIES, UnitKind.PARISH_FAMILY_WORK);

	private final Concerns concerns;
	private final Network network;
	private final Clock clock;

	ConcernPages(Concerns concerns, Network network, Clock clock) {
		this.concerns = concerns;
		this.network = network;
		this.clock = clock;
	}

	@Bean
	static NavigationItem concernLink() {
		return new NavigationItem("nav.concern", "/frontdoor/concerns/new", EnumSet.of(Role.UNIVERSAL_SERVICES_PROFESSIONAL), 20);
	}

	@Bean
	static NavigationItem invitationsLink() {
		return new NavigationItem("nav.invitations", "/frontdoor/invitations",
				EnumSet.of(Role.RESPONSIBLE_WORKER, Role.GUIDANCE_WORKER, Role.PARTNER_WORKER, Role.UNIVERSAL_SERVICES_PROFESSIONAL), 25);
	}

	@GetMapping("/frontdoor/concerns/new")
	@PreAuthorize("hasRole('UNIVERSAL_SERVICES_PROFESSIONAL')")
	String form(Model model) {
		if (!model.containsAttribute("concernForm")) {
			model.addAttribute("concernForm", new ConcernForm());
		}
		model.addAttribute("levels", Concern.Level.values());
		model.addAttribute("units", invitable());
		return "frontdoor/concern-form";
	}

	@PostMapping("/frontdoor/concerns")
	@PreAuthorize("hasRole('UNIVERSAL_SERVICES_PROFESSIONAL')")
	String record(@Valid @ModelAttribute ConcernForm concernForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		concernForm.checkAcross(errors, Year.now(clock));
		if (concernForm.getInvitedUnit() != null && invitable().stream().noneMatch(u -> u.id().value().equals(concernForm.getInvitedUnit()))) {
			errors.rejectValue("invitedUnit", "concern.invitedUnit.invalid");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model);
		}
		UUID id = concerns.record(user, concernForm);
		redirect.addFlashAttribute("outcome", concernForm.getInvitedUnit() != null ? "concern.recordedAndInvited" : "concern.recorded");
		return "redirect:/frontdoor/concerns/" + id;
	}

	@GetMapping("/frontdoor/concerns/{id}")
	@PreAuthorize("hasAnyRole(T(fi.yhdessa.platform.Role).staffNames())")
	String concern(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Concern concern = concerns.open(user, id).orElseThrow(ContactPages::notFound);
		model.addAttribute("concern", concern);
		model.addAttribute("author", user.getUsername().equals(concern.author()));
		model.addAttribute("invitedUnit", unit(concern.invitedUnitId()));
		model.addAttribute("fromUnit", unit(concern.unitId()));
		if (!model.containsAttribute("notificationForm")) {
			NotificationForm form = new NotificationForm();
			form.setChildName(concern.childName());
			form.setChildBirthYear(concern.childBirthYear());
			model.addAttribute("notificationForm", form);
		}
		model.addAttribute("municipalities", network.municipalities());
		return "frontdoor/concern";
	}

	/** The explicit act that turns a concern into a child welfare notification; the professional confirms the family was told. */
	@PostMapping("/frontdoor/concerns/{id}/notification")
	@PreAuthorize("hasRole('UNIVERSAL_SERVICES_PROFESSIONAL')")
	String notify(@PathVariable UUID id, @Valid @ModelAttribute NotificationForm notificationForm, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean familyTold, @AuthenticationPrincipal SignedInUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		notificationForm.checkAcross(errors, Year.now(clock));
		if (!familyTold) {
			model.addAttribute("familyToldMissing", true);
		}
		if (errors.hasErrors() || !familyTold) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return concern(id, user, model);
		}
		var received = concerns.notify(user, id, notificationForm).orElseThrow(ContactPages::notFound);
		redirect.addFlashAttribute("notified", received.reference());
		return "redirect:/frontdoor/concerns/" + id;
	}

	@GetMapping("/frontdoor/invitations")
	@PreAuthorize("hasAnyRole(T(fi.yhdessa.platform.Role).staffNames())")
	String invitations(@RequestParam(required = false) Integer page, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("invitations", concerns.invitations(user, PageRequest.of(page)));
		model.addAttribute("unit", unit(user.unitId()));
		return "frontdoor/invitations";
	}

	@PostMapping("/frontdoor/invitations/{id}")
	@PreAuthorize("hasAnyRole(T(fi.yhdessa.platform.Role).staffNames())")
	String handle(@PathVariable UUID id, @RequestParam Concern.InvitationStatus status, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", concerns.handleInvitation(user, id, status) ? "invitation.handled" : "invitation.notHandled");
		return "redirect:/frontdoor/concerns/" + id;
	}

	private List<Unit> invitable() {
		return INVITABLE.stream().flatMap(kind -> network.units(kind).stream()).toList();
	}

	private Unit unit(UUID id) {
		return id == null ? null : network.unit(new UnitId(id)).orElse(null);
	}
}
