package fi.yhdessa.network.web;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * An organisation and its units, each with the municipality it is in. The network's pages are the
 * one place where units are kept: the administrator and the coordinators add them here, and the
 * administrator's accounts choose from them.
 */
@Controller
class OrganisationUnitsPages {

	private final Network network;

	OrganisationUnitsPages(Network network) {
		this.network = network;
	}

	@GetMapping("/network/organisations/{id}")
	String organisation(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("keeps", keeps(user));
		return page(id, new UnitForm(), model);
	}

	@PostMapping("/network/organisations/{id}/units")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
	String addUnit(@PathVariable UUID id, @Valid @ModelAttribute("unitForm") UnitForm unitForm, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		unitForm.check(errors, network.municipalities());
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("keeps", true);
			return page(id, unitForm, model);
		}
		Organisation organisation = organisation(id);
		network.register(unitForm.unit(new UnitId(UUID.randomUUID()), organisation.id()));
		redirect.addFlashAttribute("outcome", "unit.added");
		return "redirect:/network/organisations/" + id;
	}

	private String page(UUID id, UnitForm form, Model model) {
		Organisation organisation = organisation(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("units", network.everyUnit(new OrganisationId(id)));
		model.addAttribute("municipalities", network.municipalities());
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("unitForm", form);
		return "network/organisation";
	}

	private static boolean keeps(SignedInUser user) {
		return user.has(Role.ADMINISTRATOR) || user.has(Role.COORDINATOR);
	}

	private Organisation organisation(UUID id) {
		return network.organisation(new OrganisationId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
