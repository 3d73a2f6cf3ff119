package fi.yhdessa.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The one-time page for the first administrator; reachable only from the server itself and only while there is none. */
@Controller
class SetupPage {

	private final FirstAdministrator firstAdministrator;

	SetupPage(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	@GetMapping("/setup")
	String show(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!firstAdministrator.pending()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!fromThisMachine(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "platform/setup-elsewhere";
		}
		model.addAttribute("setupForm", new SetupForm());
		return "platform/setup";
	}

	@PostMapping("/setup")
	String create(@Valid @ModelAttribute SetupForm setupForm, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (!firstAdministrator.pending()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!fromThisMachine(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "platform/setup-elsewhere";
		}
		setupForm.checkRepeated(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "platform/setup";
		}
		firstAdministrator.create(setupForm.getUsername(), setupForm.getDisplayName(), setupForm.getPassword());
		return "redirect:/login?setupDone";
	}

	static boolean fromThisMachine(HttpServletRequest request) {
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException e) {
			return false;
		}
	}
}
