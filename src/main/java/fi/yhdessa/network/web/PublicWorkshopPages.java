package fi.yhdessa.network.web;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.workshops.Participants;
import fi.yhdessa.network.workshops.Proposals;
import fi.yhdessa.network.workshops.Workshops;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PublicPaths;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open workshops for everyone: the list, a workshop with its seats left and what became of its
 * proposals, and signing up — signed in, or with an address confirmed from a mailed link. No page
 * here shows who signed up, proposed or supported.
 */
@Controller
class PublicWorkshopPages {

	private final Workshops workshops;
	private final Participants participants;
	private final Proposals proposals;
	private final PublicProposals publicProposals;
	private final NetworkNames names;
	private final Clock clock;

	PublicWorkshopPages(Workshops workshops, Participants participants, Proposals proposals, PublicProposals publicProposals, NetworkNames names,
			Clock clock) {
		this.workshops = workshops;
		this.participants = participants;
		this.proposals = proposals;
		this.publicProposals = publicProposals;
		this.names = names;
		this.clock = clock;
	}

	@Bean
	static PublicPaths workshopPaths() {
		return PublicPaths.of("/workshops", "/workshops/**", "/you-said-we-did", "/family-centres", "/family-centres/*");
	}

	@Bean
	static NavigationItem workshopsLink() {
		return NavigationItem.forEveryone("nav.workshops", "/workshops", 40);
	}

	@GetMapping("/workshops")
	String list(@RequestParam(required = false) String municipality, Locale locale, Model model) {
		String code = municipality == null || municipality.isBlank() ? null : municipality;
		Instant now = Instant.now(clock);
		var all = workshops.all(code);
		model.addAttribute("coming", all.stream().filter(l -> !l.workshop().past(now)).toList());
		model.addAttribute("past", all.stream().filter(l -> l.workshop().past(now)).toList());
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("municipality", code);
		model.addAttribute("now", now);
		return "network/public-workshops";
	}

	@GetMapping("/workshops/{id}")
	String workshop(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		return page(id, new SignUpForm(), user, locale, model);
	}

	@PostMapping("/workshops/{id}/signup")
	String signUp(@PathVariable UUID id, @Valid @ModelAttribute SignUpForm signUpForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			Locale locale, Model model, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				UUID account = user != null && user.has(Role.RESIDENT) ? user.id().value() : null;
				String token = participants.signUp(id, new Participants.SignUp(signUpForm.getName(), signUpForm.getEmail(), signUpForm.isExpert(),
						signUpForm.isMayContact(), account), locale);
				if (account != null) {
					return "redirect:/workshops/participation/" + token;
				}
				model.addAttribute("signedUp", true);
				return page(id, new SignUpForm(), user, locale, model);
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(id, signUpForm, user, locale, model);
	}

	@GetMapping("/you-said-we-did")
	String youSaidWeDid(@RequestParam(required = false) String municipality, Locale locale, Model model) {
		var municipalities = names.municipalityNames(locale);
		String code = municipality != null && municipalities.containsKey(municipality) ? municipality : null;
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("municipality", code);
		if (code != null) {
			Map<UUID, List<PublicProposal>> byWorkshop = publicProposals.of(proposals.ofMunicipality(code), locale).stream()
				.collect(Collectors.groupingBy(PublicProposal::workshopId));
			Instant now = Instant.now(clock);
			model.addAttribute("workshops", workshops.all(code).stream().filter(l -> l.workshop().past(now) || byWorkshop.containsKey(l.workshop().id()))
				.toList());
			model.addAttribute("proposals", byWorkshop);
		}
		return "network/you-said-we-did";
	}

	private String page(UUID id, SignUpForm form, SignedInUser user, Locale locale, Model model) {
		Workshops.Listing listing = workshops.find(id).orElseThrow(AgreementPages::notFound);
		model.addAttribute("listing", listing);
		model.addAttribute("workshop", listing.workshop());
		model.addAttribute("open", listing.workshop().open(Instant.now(clock)));
		model.addAttribute("signUpForm", form);
		model.addAttribute("themes", publicProposals.byTheme(proposals.of(id), locale));
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("serviceNames", names.directory().serviceNames(listing.workshop().services()));
		model.addAttribute("signedIn", user != null);
		return "network/public-workshop";
	}
}
