package fi.yhdessa.network.web;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.network.agreements.Agreements;
import fi.yhdessa.network.workshops.FollowUp;
import fi.yhdessa.network.workshops.Participants;
import fi.yhdessa.network.workshops.Proposal;
import fi.yhdessa.network.workshops.ProposalState;
import fi.yhdessa.network.workshops.Proposals;
import fi.yhdessa.network.workshops.Workshop;
import fi.yhdessa.network.workshops.Workshops;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's workshops: planning, who signed up, and deciding and following up the proposals. */
@Controller
@PreAuthorize(NetworkAccess.COORDINATOR)
class WorkshopPages {

	private final Workshops workshops;
	private final Participants participants;
	private final Proposals proposals;
	private final Agreements agreements;
	private final NetworkNames names;
	private final WorkshopChoices choices;
	private final Clock clock;

	WorkshopPages(Workshops workshops, Participants participants, Proposals proposals, Agreements agreements, NetworkNames names,
			WorkshopChoices choices, Clock clock) {
		this.workshops = workshops;
		this.participants = participants;
		this.proposals = proposals;
		this.agreements = agreements;
		this.names = names;
		this.choices = choices;
		this.clock = clock;
	}

	@Bean
	static NavigationItem staffWorkshopsLink() {
		return new NavigationItem("nav.staffWorkshops", "/network/workshops", EnumSet.of(Role.COORDINATOR), 103);
	}

	@GetMapping("/network/workshops")
	String list(Locale locale, Model model) {
		return list(new WorkshopForm(), locale, model);
	}

	/** Plans the workshop, or — with {@code action=services} — shows the chosen municipality's services to choose from, keeping what was typed. */
	@PostMapping("/network/workshops")
	String plan(@ModelAttribute WorkshopForm workshopForm, BindingResult errors, @RequestParam(defaultValue = "plan") String action, Locale locale,
			Model model, HttpServletResponse response) {
		if ("services".equals(action)) {
			return list(workshopForm, locale, model);
		}
		Workshop planned = workshopForm.workshop(errors);
		if (planned != null) {
			try {
				return "redirect:/network/workshops/" + workshops.plan(planned).id();
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return list(workshopForm, locale, model);
	}

	@GetMapping("/network/workshops/{id}")
	String workshop(@PathVariable UUID id, Locale locale, Model model) {
		return page(id, null, null, locale, model);
	}

	@PostMapping("/network/workshops/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		workshops.cancel(id);
		redirect.addFlashAttribute("outcome", "workshop.cancelledDone");
		return "redirect:/network/workshops/" + id;
	}

	@PostMapping("/network/workshops/{id}/proposals")
	String record(@PathVariable UUID id, @Valid @ModelAttribute ProposalForm proposalForm, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", "proposal.error.text");
		}
		else {
			proposals.record(id, proposalForm.getTheme(), proposalForm.getText());
			redirect.addFlashAttribute("outcome", "proposal.recorded");
		}
		return "redirect:/network/workshops/" + id + "#proposals";
	}

	@PostMapping("/network/workshops/{id}/decisions")
	String decide(@PathVariable UUID id, @ModelAttribute DecisionForm decisionForm, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			ProposalState decision = decision(decisionForm.getDecision());
			proposals.decide(user.getUsername(), decisionForm.getProposal(), decisionForm.getVersion(), decision, decisionForm.getReason(), decisionForm.getMergedInto());
			redirect.addFlashAttribute("outcome", "proposal.decidedDone");
			return "redirect:/network/workshops/" + id + "#proposal-" + decisionForm.getProposal();
		}
		catch (Refusal refusal) {
			decisionForm.setProblem(refusal.messageKey());
			response.setStatus(refusal instanceof StaleEdit ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, decisionForm, null, locale, model);
		}
		catch (IllegalArgumentException e) {
			decisionForm.setProblem("proposal.error.transition");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, decisionForm, null, locale, model);
		}
	}

	@PostMapping("/network/workshops/{id}/follow-ups")
	String follow(@PathVariable UUID id, @ModelAttribute FollowUpForm followUpForm, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FollowUp followUp = followUpForm.followUp(errors);
		try {
			if (followUp == null) {
				throw new Refusal("proposal.error.followUp");
			}
			proposals.follow(followUpForm.getProposal(), followUpForm.getVersion(), followUp);
			redirect.addFlashAttribute("outcome", "proposal.followedUp");
			return "redirect:/network/workshops/" + id + "#proposal-" + followUpForm.getProposal();
		}
		catch (Refusal refusal) {
			followUpForm.setProblem(refusal.messageKey());
			response.setStatus(refusal instanceof StaleEdit ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(id, null, followUpForm, locale, model);
		}
	}

	private String list(WorkshopForm form, Locale locale, Model model) {
		model.addAttribute("workshops", workshops.all(null));
		model.addAttribute("workshopForm", form);
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("agreements", agreements.all());
		model.addAttribute("serviceChoices", form.getMunicipality() == null || form.getMunicipality().isBlank() ? List.of()
				: Choice.ofEntries(names.directory().services(form.getMunicipality()), locale));
		model.addAttribute("now", Instant.now(clock));
		return "network/workshops";
	}

	private String page(UUID id, DecisionForm failedDecision, FollowUpForm failedFollowUp, Locale locale, Model model) {
		Workshops.Listing listing = workshops.find(id).orElseThrow(AgreementPages::notFound);
		var all = proposals.of(id);
		model.addAttribute("listing", listing);
		model.addAttribute("workshop", listing.workshop());
		model.addAttribute("participants", participants.of(id));
		model.addAttribute("proposals", all);
		model.addAttribute("states", new ProposalState[] { ProposalState.ACCEPTED, ProposalState.REJECTED, ProposalState.MERGED });
		model.addAttribute("followUpStatuses", FollowUp.Status.values());
		model.addAttribute("failedDecision", failedDecision);
		model.addAttribute("failedFollowUp", failedFollowUp);
		model.addAttribute("people", names.people());
		model.addAttribute("changes", choices.changes(listing.workshop(), locale));
		model.addAttribute("municipalities", names.municipalityNames(locale));
		model.addAttribute("proposalForm", new ProposalForm());
		model.addAttribute("byId", all.stream().collect(Collectors.toMap(Proposal::id, p -> p)));
		return "network/workshop";
	}

	/** The decision chosen; a value that is none of them is refused as a missing choice is. */
	private static ProposalState decision(String chosen) {
		if (chosen == null || chosen.isBlank()) {
			return null;
		}
		try {
			return ProposalState.valueOf(chosen);
		}
		catch (IllegalArgumentException e) {
			throw new Refusal("proposal.error.transition");
		}
	}
}
