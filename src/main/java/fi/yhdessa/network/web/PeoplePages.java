package fi.yhdessa.network.web;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.people.People;
import fi.yhdessa.network.people.PersonKind;
import fi.yhdessa.network.workshops.Workshops;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people of the network and the registry of experts by experience with their fees: the coordinator's only. */
@Controller
@PreAuthorize(NetworkAccess.COORDINATOR)
class PeoplePages {

	private final People people;
	private final Workshops workshops;
	private final NetworkNames names;

	PeoplePages(People people, Workshops workshops, NetworkNames names) {
		this.people = people;
		this.workshops = workshops;
		this.names = names;
	}

	@GetMapping("/network/people")
	String list(Locale locale, Model model) {
		return page(new PersonForm(), new FeeForm(), locale, model);
	}

	@PostMapping("/network/people")
	String add(@Valid @ModelAttribute PersonForm personForm, BindingResult errors, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				people.add(personForm.person());
				redirect.addFlashAttribute("outcome", "person.added");
				return "redirect:/network/people";
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(personForm, new FeeForm(), locale, model);
	}

	@PostMapping("/network/people/fees")
	String fee(@ModelAttribute FeeForm feeForm, BindingResult errors, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LocalDate paid = feeForm.paid(errors);
		BigDecimal euros = feeForm.euros(errors);
		if (feeForm.getPerson() == null) {
			errors.rejectValue("person", "network.error.required");
		}
		if (!errors.hasErrors()) {
			try {
				people.recordFee(feeForm.getPerson(), feeForm.getWorkshop(), paid, euros, feeForm.getNote());
				redirect.addFlashAttribute("outcome", "fee.recorded");
				return "redirect:/network/people#experts";
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(new PersonForm(), feeForm, locale, model);
	}

	private String page(PersonForm personForm, FeeForm feeForm, Locale locale, Model model) {
		model.addAttribute("people", people.all());
		model.addAttribute("experts", people.experts());
		model.addAttribute("fees", people.fees());
		model.addAttribute("peopleById", names.peopleById());
		model.addAttribute("organisations", names.organisations());
		model.addAttribute("organisationNames", names.organisationNames(locale));
		model.addAttribute("workshops", workshops.all(null));
		model.addAttribute("kinds", PersonKind.values());
		model.addAttribute("personForm", personForm);
		model.addAttribute("feeForm", feeForm);
		return "network/people";
	}
}
