package fi.yhdessa.citizen;

import fi.yhdessa.casework.FamilyPortal;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consents and denials per organisation, in plain words with what each allows. A guardian grants,
 * denies or withdraws; the other members of the family see them.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class ConsentPages {

	private final FamilyPortal portal;
	private final FamilyConsents consents;
	private final Network network;

	ConsentPages(FamilyPortal portal, FamilyConsents consents, Network network) {
		this.portal = portal;
		this.consents = consents;
		this.network = network;
	}

	/** An organisation with the family's decisions about it: what is in force now, and what was before. */
	record ByOrganisation(UUID organisationId, LocalizedText name, List<Consent> inForce, List<Consent> earlier) {

		public boolean denied() {
			return inForce.stream().anyMatch(c -> c.decision() == Consent.Decision.DENIAL);
		}
	}

	@GetMapping("/my/families/{id}/consents")
	String consents(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		return page(user, portal.requireMember(user, id, "the family's consents, shown to the family"), model, new LinkedMultiValueMap<>());
	}

	@PostMapping("/my/families/{id}/consents")
	String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FamilyPortal.Family family = guardian(user, id);
		String choice = form.getFirst("choice") == null ? "" : form.getFirst("choice");
		Consent.Decision decision = choice.equals("DENIAL") ? Consent.Decision.DENIAL : choice.startsWith("CONSENT:") ? Consent.Decision.CONSENT : null;
		Consent.Scope scope = choice.startsWith("CONSENT:") ? parse(Consent.Scope.class, choice.substring(8)) : null;
		UUID organisation = uuid(form.getFirst("organisation"));
		LocalDate until = date(form.getFirst("validUntil"));
		String problem = null;
		if (organisation == null || network.organisationNames(List.of(organisation)).isEmpty()) {
			problem = "portal.consent.error.organisation";
		}
		else if (decision == null || (decision == Consent.Decision.CONSENT && scope == null)) {
			problem = "portal.consent.error.decision";
		}
		else if (until == null && form.getFirst("validUntil") != null && !form.getFirst("validUntil").isBlank()) {
			problem = "portal.consent.error.date";
		}
		else if (until != null && until.isBefore(LocalDate.now(AccessReport.FINLAND))) {
			problem = "portal.consent.error.past";
		}
		if (problem != null) {
			response.setStatus(422);
			model.addAttribute("problem", problem);
			return page(user, family, model, form);
		}
		consents.decide(user, id, family.subjects(), organisation, decision, scope, until);
		redirect.addFlashAttribute("outcome", decision == Consent.Decision.DENIAL ? "portal.consent.denied" : "portal.consent.given.outcome");
		return "redirect:/my/families/" + id + "/consents";
	}

	@PostMapping("/my/families/{id}/consents/{consent}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID consent, RedirectAttributes redirect) {
		FamilyPortal.Family family = guardian(user, id);
		consents.withdraw(user, id, family.subjects(), consent);
		redirect.addFlashAttribute("outcome", "portal.consent.withdrawn");
		return "redirect:/my/families/" + id + "/consents";
	}

	private FamilyPortal.Family guardian(SignedInUser user, UUID familyId) {
		return portal.requireGuardian(user, familyId, "the family's consents, decided by a guardian");
	}

	private String page(SignedInUser user, FamilyPortal.Family family, Model model, MultiValueMap<String, String> typed) {
		List<Consent> all = consents.ofFamily(family.id());
		LocalDate today = LocalDate.now(AccessReport.FINLAND);
		List<Organisation> choices = network.organisations(EnumSet.allOf(OrganisationKind.class), new PageRequest(1, 200)).items().stream()
			.map(Network.OrganisationListing::organisation)
			.toList();
		Map<UUID, LocalizedText> names = network.organisationNames(all.stream().map(Consent::recipientOrganisation).distinct().toList());
		Map<UUID, ByOrganisation> byOrganisation = new LinkedHashMap<>();
		for (Consent consent : all) {
			ByOrganisation entry = byOrganisation.computeIfAbsent(consent.recipientOrganisation(),
					organisation -> new ByOrganisation(organisation, names.get(organisation), new ArrayList<>(), new ArrayList<>()));
			(consent.activeOn(today) ? entry.inForce() : entry.earlier()).add(consent);
		}
		model.addAttribute("family", family);
		model.addAttribute("organisations", byOrganisation.values());
		model.addAttribute("choices", choices);
		model.addAttribute("guardian", family.guardian());
		model.addAttribute("scopes", Consent.Scope.values());
		model.addAttribute("typed", typed);
		return "citizen/consents";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
