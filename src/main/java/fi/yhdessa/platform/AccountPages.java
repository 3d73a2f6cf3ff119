package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
 * One account as the administrator keeps it: its name and address, its roles in units over time,
 * a forced new password, closing and reopening, with its sign-ins and its security log. Each change
 * asks for a reason; a refused change comes back with what was typed and why.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountPages {

	private final Accounts accounts;
	private final StaffAccounts staff;
	private final SecurityLog securityLog;
	private final SignInThrottle throttle;
	private final List<Workplaces> workplaces;
	private final Clock clock;

	AccountPages(Accounts accounts, StaffAccounts staff, SecurityLog securityLog, SignInThrottle throttle, List<Workplaces> workplaces, Clock clock) {
		this.accounts = accounts;
		this.staff = staff;
		this.securityLog = securityLog;
		this.throttle = throttle;
		this.workplaces = workplaces;
		this.clock = clock;
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable UUID id, Locale locale, Model model) {
		return page(id, locale, model);
	}

	@PostMapping("/admin/accounts/{id}/details")
	String details(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute("detailsForm") AccountDetailsForm detailsForm,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return refused(id, locale, model, response);
		}
		staff.edit(user.getUsername(), account(id).id(), detailsForm.getDisplayName(), detailsForm.getEmail(), detailsForm.getReason());
		return done(id, "adminAccount.saved", redirect);
	}

	@PostMapping("/admin/accounts/{id}/memberships")
	String addMembership(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("membershipForm") MembershipForm membershipForm, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		membershipForm.check(errors, LocalDate.now(clock));
		if (errors.hasErrors()) {
			return refused(id, locale, model, response);
		}
		staff.addMembership(user.getUsername(), account(id).id(), membershipForm.membership(), membershipForm.getReason());
		return done(id, "adminAccount.membershipAdded", redirect);
	}

	@PostMapping("/admin/accounts/{id}/memberships/end")
	String endMembership(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute("endForm") ReasonForm endForm,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (endForm.getEndsOn() == null) {
			errors.rejectValue("endsOn", "validation.required");
		}
		else if (endForm.getEndsOn().isBefore(LocalDate.now(clock))) {
			errors.rejectValue("endsOn", "validation.endInPast");
		}
		if (errors.hasErrors() || endForm.getMembership() == null) {
			return refused(id, locale, model, response);
		}
		try {
			staff.endMembership(user.getUsername(), account(id).id(), endForm.getMembership(), endForm.getEndsOn(), endForm.getReason());
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("endsOn", "validation.endBeforeStart");
			return refused(id, locale, model, response);
		}
		return done(id, "adminAccount.membershipEnded", redirect);
	}

	@PostMapping("/admin/accounts/{id}/password-reset")
	String forceReset(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute("resetForm") ReasonForm resetForm,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (user.id().value().equals(id)) {
			errors.reject("adminAccount.notYourselfReset");
		}
		if (errors.hasErrors()) {
			return refused(id, locale, model, response);
		}
		staff.forcePasswordReset(user.getUsername(), account(id).id(), resetForm.getReason());
		return done(id, "adminAccount.resetForced", redirect);
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute("statusForm") ReasonForm statusForm,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (user.id().value().equals(id)) {
			errors.reject("adminAccount.notYourself");
		}
		if (errors.hasErrors()) {
			return refused(id, locale, model, response);
		}
		try {
			staff.disable(user.getUsername(), account(id).id(), statusForm.getReason());
		}
		catch (StaffAccounts.StillHoldsWork e) {
			errors.reject("adminAccount.holdsWork");
			return refused(id, locale, model, response);
		}
		return done(id, "adminAccount.disabled", redirect);
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute("statusForm") ReasonForm statusForm,
			BindingResult errors, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return refused(id, locale, model, response);
		}
		staff.enable(user.getUsername(), account(id).id(), statusForm.getReason());
		return done(id, "adminAccount.enabled", redirect);
	}

	private String page(UUID id, Locale locale, Model model) {
		AccountSummary account = account(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("account", account);
		model.addAttribute("today", today);
		model.addAttribute("places", WorkplaceChoices.of(workplaces, locale));
		model.addAttribute("staffRoles", Role.staff().stream().sorted().toList());
		model.addAttribute("memberships", staff.memberships(account.id()));
		model.addAttribute("held", staff.heldBy(account.id()));
		model.addAttribute("attempts", throttle.recent(account.username(), 20));
		model.addAttribute("log", securityLog.list(account.id(), new PageRequest(1, 20)));
		if (!model.containsAttribute("detailsForm")) {
			model.addAttribute("detailsForm", AccountDetailsForm.of(account));
		}
		if (!model.containsAttribute("membershipForm")) {
			MembershipForm form = new MembershipForm();
			form.setStartsOn(today);
			model.addAttribute("membershipForm", form);
		}
		for (String name : List.of("endForm", "resetForm", "statusForm")) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, new ReasonForm());
			}
		}
		return "platform/account";
	}

	private String refused(UUID id, Locale locale, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("refused", true);
		return page(id, locale, model);
	}

	private static String done(UUID id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/admin/accounts/" + id;
	}

	private AccountSummary account(UUID id) {
		return accounts.find(new AccountId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
