package fi.yhdessa.network.web;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new organisation of the network — an NGO, a parish, a municipality that joins — added by the
 * administrator or a coordinator; its units are added on its own page after it. An organisation is
 * one per business ID.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
class NewOrganisationPages {

	private final Network network;

	NewOrganisationPages(Network network) {
		this.network = network;
	}

	@GetMapping("/network/organisations/new")
	String form(Model model) {
		return page(new NewOrganisationForm(), model);
	}

	@PostMapping("/network/organisations")
	String add(@Valid @ModelAttribute("organisationForm") NewOrganisationForm organisationForm, BindingResult errors, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		organisationForm.check(errors, network.municipalities());
		if (!errors.hasFieldErrors("businessId") && !organisationForm.getBusinessId().isEmpty()) {
			network.organisationWithBusinessId(organisationForm.getBusinessId())
				.ifPresent(known -> errors.rejectValue("businessId", "organisation.error.known", new Object[] {known.name().in(locale)}, null));
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(organisationForm, model);
		}
		OrganisationId id = new OrganisationId(UUID.randomUUID());
		network.register(organisationForm.organisation(id));
		redirect.addFlashAttribute("outcome", "organisation.added");
		return "redirect:/network/organisations/" + id.value();
	}

	private String page(NewOrganisationForm form, Model model) {
		model.addAttribute("organisationForm", form);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("municipalities", network.municipalities());
		return "network/new-organisation";
	}
}
