package fi.yhdessa.network.web;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.centres.FamilyCentre;
import fi.yhdessa.network.centres.FamilyCentres;
import fi.yhdessa.network.people.Person;
import fi.yhdessa.platform.NavigationItem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Family centres for everyone — physical, digital and a network — and the coordinator's form to keep each. */
@Controller
class FamilyCentrePages {

	private final FamilyCentres centres;
	private final NetworkNames names;

	FamilyCentrePages(FamilyCentres centres, NetworkNames names) {
		this.centres = centres;
		this.names = names;
	}

	@Bean
	static NavigationItem familyCentresLink() {
		return NavigationItem.forEveryone("nav.familyCentres", "/family-centres", 30);
	}

	@GetMapping("/family-centres")
	String list(Locale locale, Model model) {
		model.addAttribute("centres", centres.all());
		model.addAttribute("municipalities", names.municipalityNames(locale));
		return "network/family-centres";
	}

	@GetMapping("/family-centres/{code}")
	String centre(@PathVariable String code, Locale locale, Model model) {
		FamilyCentre centre = centres.find(code).orElseThrow(AgreementPages::notFound);
		Map<UUID, Person> people = names.peopleById();
		model.addAttribute("centre", centre);
		model.addAttribute("municipality", names.municipalityNames(locale).get(code));
		model.addAttribute("sites", names.directory().sites(centre.sites().stream().map(FamilyCentre.Site::placeId).toList()));
		model.addAttribute("meetingPlaces", centre.sites().stream().filter(FamilyCentre.Site::meetingPlace).map(FamilyCentre.Site::placeId).toList());
		model.addAttribute("organisationNames", names.organisationNames(locale));
		model.addAttribute("contacts", centre.contacts().stream().map(people::get).filter(Objects::nonNull).toList());
		return "network/family-centre";
	}

	@GetMapping("/network/family-centres/{code}")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String edit(@PathVariable String code, Locale locale, Model model) {
		FamilyCentre centre = centres.find(code).orElse(null);
		FamilyCentreForm form = centre == null ? new FamilyCentreForm() : FamilyCentreForm.of(centre);
		if (centre == null) {
			form.getChannels().add(new FamilyCentreForm.ChannelRow());
		}
		return form(code, form, locale, model);
	}

	@PostMapping("/network/family-centres/{code}")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String save(@PathVariable String code, @ModelAttribute FamilyCentreForm familyCentreForm, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (names.municipalities().stream().map(Municipality::code).noneMatch(code::equals)) {
			throw AgreementPages.notFound();
		}
		FamilyCentre centre = familyCentreForm.centre(centres.find(code).map(FamilyCentre::id).orElse(null), code, errors);
		if (centre == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(code, familyCentreForm, locale, model);
		}
		centres.save(centre);
		redirect.addFlashAttribute("outcome", "centre.saved");
		return "redirect:/family-centres/" + code;
	}

	private String form(String code, FamilyCentreForm form, Locale locale, Model model) {
		String municipality = names.municipalityNames(locale).get(code);
		if (municipality == null) {
			throw AgreementPages.notFound();
		}
		model.addAttribute("code", code);
		model.addAttribute("municipality", municipality);
		model.addAttribute("familyCentreForm", form);
		model.addAttribute("placeChoices", Choice.ofEntries(names.directory().places(code), locale));
		model.addAttribute("organisationChoices", Choice.ofOrganisations(names.organisationsOf(code), locale));
		model.addAttribute("peopleChoices", Choice.ofPeople(names.people()));
		model.addAttribute("channelKinds", FamilyCentre.Channel.Kind.values());
		return "network/family-centre-edit";
	}
}
