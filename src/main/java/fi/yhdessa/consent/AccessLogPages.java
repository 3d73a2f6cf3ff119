package fi.yhdessa.consent;

import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The auditor's view of the access log's integrity: the chain recomputed, held to the last signed
 * checkpoint, and any break said plainly in the reader's language.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AccessLogPages {

	private final AccessLogCheckpoints checkpoints;

	AccessLogPages(AccessLogCheckpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Bean
	static NavigationItem accessLogLink() {
		return new NavigationItem("nav.accessLogVerification", "/access-log/verification", EnumSet.of(Role.AUDITOR), 800);
	}

	@GetMapping("/access-log/verification")
	String verification(Model model) {
		AccessLogCheckpoints.Standing standing = checkpoints.verify();
		model.addAttribute("standing", standing);
		if (!standing.chain().intact()) {
			model.addAttribute("breakKey", "accessLog.break." + standing.chain().broken());
		}
		if (standing.problem() != null) {
			model.addAttribute("problemKey", "accessLog.problem." + standing.problem().kind());
		}
		return "consent/verification";
	}
}
