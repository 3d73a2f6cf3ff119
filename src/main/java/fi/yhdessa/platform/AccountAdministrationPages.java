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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's accounts: the list with the locked ones, opening a staff account, and the security log. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdministrationPages {

	private final Accounts accounts;
	private final StaffAccounts staff;
	private final SecurityLog securityLog;
	private final SignInThrottle throttle;
	private final List<Workplaces> workplaces;
	private final Clock clock;

	AccountAdministrationPages(Accounts accounts, StaffAccounts staff, SecurityLog securityLog, SignInThrottle throttle, List<Workplaces> workplaces,
			Clock clock) {
		this.accounts = accounts;
		this.staff = staff;
		this.securityLog = securityLog;
		this.throttle = throttle;
		this.workplaces = workplaces;
		this.clock = clock;
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean staffOnly,
			@RequestParam(required = false) Integer page, Locale locale, Model model) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("staffOnly", staffOnly);
		model.addAttribute("accounts", accounts.list(q, staffOnly, PageRequest.of(page)));
		model.addAttribute("places", WorkplaceChoices.of(workplaces, locale));
		model.addAttribute("locked", throttle.locked());
		model.addAttribute("pagerBase", "/admin/accounts?staffOnly=" + staffOnly + (q == null || q.isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8)));
		return "platform/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String openForm(Locale locale, Model model) {
		StaffAccountForm form = new StaffAccountForm();
		form.setStartsOn(LocalDate.now(clock));
		return openPage(form, locale, model);
	}

	@PostMapping("/admin/accounts")
	String open(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("accountForm") StaffAccountForm accountForm, BindingResult errors,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		accountForm.check(errors, LocalDate.now(clock));
		if (!errors.hasFieldErrors("username") && accounts.exists(accountForm.getUsername())) {
			errors.rejectValue("username", "validation.usernameTaken");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return openPage(accountForm, locale, model);
		}
		AccountId id = staff.open(user.getUsername(), accountForm.opening());
		redirect.addFlashAttribute("notice", "adminAccount.opened");
		return "redirect:/admin/accounts/" + id.value();
	}

	@GetMapping("/admin/security-log")
	String securityLog(@RequestParam(required = false) UUID account, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("entries", securityLog.list(account == null ? null : new AccountId(account), PageRequest.of(page)));
		model.addAttribute("pagerBase", account == null ? "/admin/security-log" : "/admin/security-log?account=" + account);
		return "platform/security-log";
	}

	private String openPage(StaffAccountForm form, Locale locale, Model model) {
		model.addAttribute("accountForm", form);
		model.addAttribute("places", WorkplaceChoices.of(workplaces, locale));
		model.addAttribute("staffRoles", Role.staff().stream().sorted().toList());
		model.addAttribute("accountLanguages", List.of("fi", "sv", "en"));
		return "platform/account-new";
	}
}
