package fi.yhdessa.network.web;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.network.organisations.OwnDetails;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's own contact person keeps its details here; anyone else is refused. */
@Controller
class OwnOrganisationPages {

	private final OwnDetails details;

	OwnOrganisationPages(OwnDetails details) {
		this.details = details;
	}

	@GetMapping("/network/my-organisation")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		OwnDetails.Details own = details.keptBy(user).orElseThrow(() -> new AccessDeniedException("Not an organisation's contact person"));
		model.addAttribute("organisation", own);
		model.addAttribute("organisationForm", OrganisationForm.of(own));
		return "network/my-organisation";
	}

	@PostMapping("/network/my-organisation")
	String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute OrganisationForm organisationForm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		OwnDetails.Details own = details.keptBy(user).orElseThrow(() -> new AccessDeniedException("Not an organisation's contact person"));
		try {
			details.save(user, organisationForm.details(own));
			redirect.addFlashAttribute("outcome", "organisation.saved");
			return "redirect:/network/my-organisation";
		}
		catch (Refusal refusal) {
			response.setStatus(refusal instanceof StaleEdit ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problem", refusal.messageKey());
			model.addAttribute("organisation", own);
			model.addAttribute("organisationForm", organisationForm);
			return "network/my-organisation";
		}
	}
}
