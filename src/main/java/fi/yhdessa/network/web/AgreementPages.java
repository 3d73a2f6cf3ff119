package fi.yhdessa.network.web;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.network.agreements.Agreement;
import fi.yhdessa.network.agreements.AgreementDocuments;
import fi.yhdessa.network.agreements.AgreementKind;
import fi.yhdessa.network.agreements.AgreementState;
import fi.yhdessa.network.agreements.Agreements;
import fi.yhdessa.network.agreements.Commitment;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cooperation agreements: the coordinator's overview by municipality, drafting, revising, moving through states, documents. */
@Controller
@PreAuthorize(NetworkAccess.AGREEMENT_READERS)
class AgreementPages {

	private final Agreements agreements;
	private final AgreementDocuments documents;
	private final AgreementOverview overview;
	private final NetworkNames names;
	private final VersionTexts versionTexts;
	private final Clock clock;

	AgreementPages(Agreements agreements, AgreementDocuments documents, AgreementOverview overview, NetworkNames names, VersionTexts versionTexts,
			Clock clock) {
		this.versionTexts = versionTexts;
		this.agreements = agreements;
		this.documents = documents;
		this.overview = overview;
		this.names = names;
		this.clock = clock;
	}

	@Bean
	static NavigationItem agreementsLink() {
		return new NavigationItem("nav.agreements", "/network/agreements", EnumSet.of(Role.COORDINATOR, Role.LEADERSHIP), 102);
	}

	@GetMapping("/network/agreements")
	String overview(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		model.addAttribute("rows", overview.byMunicipality(locale));
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("coordinator", NetworkAccess.keepsNetwork(user));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("agreementForm", new AgreementForm());
		model.addAttribute("kinds", AgreementKind.values());
		return "network/agreements";
	}

	@PostMapping("/network/agreements")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String draft(@AuthenticationPrincipal SignedInUser user, @ModelAttribute AgreementForm agreementForm, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response) {
		Agreement.Terms terms = agreementForm.terms(errors);
		if (terms != null) {
			try {
				return "redirect:/network/agreements/" + agreements.draft(user.getUsername(), terms).id();
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("rows", overview.byMunicipality(locale));
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("coordinator", true);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("kinds", AgreementKind.values());
		return "network/agreements";
	}

	@GetMapping("/network/agreements/{id}")
	String agreement(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		Agreement agreement = agreements.find(id).orElseThrow(AgreementPages::notFound);
		return page(agreement, AgreementForm.of(agreement).withBlankRows(), user, locale, model);
	}

	@PostMapping("/network/agreements/{id}")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String revise(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, @ModelAttribute AgreementForm agreementForm, BindingResult errors,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Agreement current = agreements.find(id).orElseThrow(AgreementPages::notFound);
		Agreement.Terms terms = agreementForm.terms(errors);
		if (terms != null) {
			try {
				agreements.revise(user.getUsername(), id, agreementForm.getVersion(), terms);
				redirect.addFlashAttribute("outcome", "agreement.saved");
				return "redirect:/network/agreements/" + id;
			}
			catch (StaleEdit stale) {
				errors.reject(stale.messageKey());
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("current", current);
				return page(current, agreementForm, user, locale, model);
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(current, agreementForm, user, locale, model);
	}

	@PostMapping("/network/agreements/{id}/state")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String move(@PathVariable UUID id, @RequestParam AgreementState target, @RequestParam int version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		try {
			agreements.move(user.getUsername(), id, version, target);
			redirect.addFlashAttribute("outcome", "agreement.moved");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.messageKey());
		}
		return "redirect:/network/agreements/" + id;
	}

	/** The review date of an agreement whose text is fixed (signed or in force). */
	@PostMapping("/network/agreements/{id}/review")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String review(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String reviewOn,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Agreement current = agreements.find(id).orElseThrow(AgreementPages::notFound);
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "review");
		LocalDate review = reviewOn == null || reviewOn.isBlank() ? null : Dates.parse("reviewOn", reviewOn, false, errors);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "network.error.date");
			return "redirect:/network/agreements/" + id;
		}
		Agreement.Terms t = current.terms();
		try {
			agreements.revise(user.getUsername(), id, version, new Agreement.Terms(t.kind(), t.title(), t.municipalityCode(), t.startsOn(), t.endsOn(), review,
					t.parties(), t.commitments(), t.services(), t.contacts()));
			redirect.addFlashAttribute("outcome", "agreement.saved");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.messageKey());
		}
		return "redirect:/network/agreements/" + id;
	}

	@PostMapping("/network/agreements/{id}/documents")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String upload(@PathVariable UUID id, @RequestParam("document") MultipartFile file, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) throws IOException {
		try {
			documents.add(user.getUsername(), id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("outcome", "agreement.documentAdded");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.messageKey());
		}
		return "redirect:/network/agreements/" + id + "#documents";
	}

	@GetMapping("/network/agreements/{id}/documents/{document}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID document) {
		AgreementDocuments.Content content = documents.content(id, document).orElseThrow(AgreementPages::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(content.document().fileName(), StandardCharsets.UTF_8)
				.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	private String page(Agreement agreement, AgreementForm form, SignedInUser user, Locale locale, Model model) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("agreementForm", form);
		model.addAttribute("coordinator", NetworkAccess.keepsNetwork(user));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("commitmentKinds", Commitment.Kind.values());
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("organisations", names.organisationsOf(form.getMunicipality() == null ? agreement.municipalityCode() : form.getMunicipality()));
		model.addAttribute("organisationNames", names.organisationNames(locale));
		model.addAttribute("partyChoices", Choice.ofOrganisations(names.organisationsOf(form.getMunicipality() == null ? agreement.municipalityCode()
				: form.getMunicipality()), locale));
		model.addAttribute("serviceChoices", Choice.ofEntries(names.directory().services(agreement.municipalityCode()), locale));
		model.addAttribute("contactChoices", Choice.ofPeople(names.people()));
		model.addAttribute("serviceNames", names.directory().serviceNames(agreement.services()));
		model.addAttribute("peopleById", names.peopleById());
		model.addAttribute("documents", documents.of(agreement.id()));
		List<Agreements.Version> versions = agreements.versions(agreement.id());
		model.addAttribute("versions", versions);
		model.addAttribute("changes", versionTexts.of(versions, names.municipalityNames(locale), locale));
		return "network/agreement";
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
