package fi.yhdessa.network.web;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.StaffAccounts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One unit kept by the administrator and the coordinators: its name, kind, municipality and contact
 * details corrected, and a unit that has closed retired — never deleted, since cases, hand-offs and
 * roles of the past name it. A unit where staff still hold a role is not retired before their roles end.
 */
@Controller
@RequestMapping("/network/organisations/{id}/units/{unitId}")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
class UnitPages {

	private final Network network;
	private final StaffAccounts staff;
	private final Clock clock;

	UnitPages(Network network, StaffAccounts staff, Clock clock) {
		this.network = network;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping
	String unit(@PathVariable UUID id, @PathVariable UUID unitId, Model model) {
		Unit unit = unit(id, unitId);
		return page(unit, UnitForm.of(unit), model);
	}

	@PostMapping
	String save(@PathVariable UUID id, @PathVariable UUID unitId, @Valid @ModelAttribute("unitForm") UnitForm unitForm, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Unit unit = unit(id, unitId);
		unitForm.check(errors, network.municipalities());
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(unit, unitForm, model);
		}
		network.update(unitForm.unit(unit.id(), unit.organisationId()));
		redirect.addFlashAttribute("outcome", "unit.saved");
		return "redirect:/network/organisations/" + id;
	}

	@PostMapping("/retirement")
	String retire(@PathVariable UUID id, @PathVariable UUID unitId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Unit unit = unit(id, unitId);
		if (staff.anyPlacedIn(unitId)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", "unit.error.staffed");
			return page(unit, UnitForm.of(unit), model);
		}
		network.retire(unit.id(), LocalDate.now(clock));
		redirect.addFlashAttribute("outcome", "unit.retired");
		return "redirect:/network/organisations/" + id;
	}

	@PostMapping("/return")
	String reinstate(@PathVariable UUID id, @PathVariable UUID unitId, RedirectAttributes redirect) {
		network.retire(unit(id, unitId).id(), null);
		redirect.addFlashAttribute("outcome", "unit.returned");
		return "redirect:/network/organisations/" + id;
	}

	private String page(Unit unit, UnitForm form, Model model) {
		Organisation organisation = network.organisation(unit.organisationId()).orElseThrow();
		model.addAttribute("organisation", organisation);
		model.addAttribute("unit", unit);
		model.addAttribute("municipalities", network.municipalities());
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("unitForm", form);
		return "network/unit";
	}

	private Unit unit(UUID organisationId, UUID unitId) {
		return network.unit(new UnitId(unitId))
			.filter(u -> u.organisationId().equals(new OrganisationId(organisationId)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
