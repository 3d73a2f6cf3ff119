package fi.yhdessa.platform;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in and the staff home. */
@Controller
class PlatformPages {

	private final List<Workplaces> workplaces;
	private final StrongIdentification identification;

	PlatformPages(List<Workplaces> workplaces, StrongIdentification identification) {
		this.workplaces = workplaces;
		this.identification = identification;
	}

	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, HttpSession session, Model model) {
		Object typed = session.getAttribute(SignInHandlers.LAST_USERNAME);
		model.addAttribute("username", error != null && typed instanceof String name ? name : "");
		model.addAttribute("error", error == null ? null : switch (error) {
			case "throttled" -> "signIn.error.throttled";
			case "identification" -> "signIn.error.identification";
			case "unavailable" -> "signIn.error.unavailable";
			default -> "signIn.error.bad";
		});
		model.addAttribute("brokers", identification.brokers());
		return "platform/sign-in";
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		model.addAttribute("workplace", workplaces.stream()
			.flatMap(w -> w.describe(user.organisationId(), user.unitId(), locale).stream())
			.findFirst()
			.orElse(null));
		model.addAttribute("roles", user.roles().stream().sorted().map(Role::messageKey).toList());
		return "platform/home";
	}
}
