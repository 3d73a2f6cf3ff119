package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident's own account: signing up, confirming the address from the e-mailed link, and
 * replacing a forgotten password. The links in the mail lead to a page with a button, so that a
 * mail program that opens links to check them does not use them up.
 */
@Controller
class ResidentAccountPages {

	private final ResidentAccounts residents;
	private final StrongIdentification identification;

	ResidentAccountPages(ResidentAccounts residents, StrongIdentification identification) {
		this.residents = residents;
		this.identification = identification;
	}

	/**
	 * Starts strong identification at the county's broker. A resident who is signed in with their
	 * own account has it linked to them when the broker answers.
	 */
	@GetMapping("/identify")
	String identify(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model, HttpServletResponse response) {
		var brokers = identification.brokers();
		if (brokers.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return notice(model, "identify.unavailable.heading", "identify.unavailable.text");
		}
		if (user != null && user.residentId() == null && user.roles().equals(java.util.Set.of(Role.RESIDENT))) {
			session.setAttribute(StrongIdentification.ACCOUNT_TO_LINK, user.id());
		}
		return "redirect:/oauth2/authorization/" + brokers.getFirst().getRegistrationId();
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("signUpForm", new SignUpForm());
		return "platform/sign-up";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute SignUpForm signUpForm, BindingResult errors, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		signUpForm.checkRepeated(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "platform/sign-up";
		}
		residents.signUp(signUpForm, locale);
		redirect.addFlashAttribute("email", signUpForm.getEmail());
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String sent(Model model) {
		return notice(model, "signUp.sent.heading", "signUp.sent.text");
	}

	@GetMapping("/signup/confirm")
	String confirmForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (!residents.usable(token, ResidentAccounts.Purpose.CONFIRM_EMAIL)) {
			return expired(model, response);
		}
		model.addAttribute("token", token);
		return "platform/confirm";
	}

	@PostMapping("/signup/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (residents.confirm(token).isEmpty()) {
			return expired(model, response);
		}
		return "redirect:/login?confirmed";
	}

	@GetMapping("/password/forgot")
	String forgotForm(@RequestParam(required = false) String sent, Model model) {
		if (sent != null) {
			return notice(model, "reset.sent.heading", "reset.sent.text");
		}
		return "platform/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, Locale locale, Model model, HttpServletResponse response) {
		if (!email.contains("@")) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("email", email);
			model.addAttribute("error", "validation.email");
			return "platform/forgot";
		}
		residents.requestReset(email.strip(), locale);
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (!residents.usable(token, ResidentAccounts.Purpose.RESET_PASSWORD)) {
			return expired(model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("newPasswordForm", new NewPasswordForm());
		return "platform/reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @Valid @ModelAttribute NewPasswordForm newPasswordForm, BindingResult errors,
			Model model, HttpServletResponse response) {
		newPasswordForm.checkRepeated(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("token", token);
			return "platform/reset";
		}
		if (!residents.resetPassword(token, newPasswordForm.getPassword())) {
			return expired(model, response);
		}
		return "redirect:/login?passwordChanged";
	}

	private static String expired(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return notice(model, "account.link.expired.heading", "account.link.expired.text");
	}

	private static String notice(Model model, String heading, String text) {
		model.addAttribute("heading", heading);
		model.addAttribute("text", text);
		return "platform/account-notice";
	}
}
