package fi.yhdessa.network.web;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.workshops.Participants;
import fi.yhdessa.network.workshops.Proposals;
import fi.yhdessa.network.workshops.Workshops;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own page behind their private link: confirm the address, make proposals, support
 * others', and remove oneself (the name and address are cleared, the proposals stay without them).
 */
@Controller
class ParticipationPages {

	private final Participants participants;
	private final Proposals proposals;
	private final Workshops workshops;
	private final PublicProposals publicProposals;
	private final Clock clock;

	ParticipationPages(Participants participants, Proposals proposals, Workshops workshops, PublicProposals publicProposals, Clock clock) {
		this.participants = participants;
		this.proposals = proposals;
		this.workshops = workshops;
		this.publicProposals = publicProposals;
		this.clock = clock;
	}

	@GetMapping("/workshops/participation/{token}")
	String page(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		return page(token, new ProposalForm(), locale, model, response);
	}

	@PostMapping("/workshops/participation/{token}/confirm")
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		participants.confirm(token);
		redirect.addFlashAttribute("outcome", "participation.confirmed");
		return "redirect:/workshops/participation/" + token;
	}

	@PostMapping("/workshops/participation/{token}/proposals")
	String propose(@PathVariable String token, @Valid @ModelAttribute ProposalForm proposalForm, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				proposals.submit(token, proposalForm.getTheme(), proposalForm.getText());
				redirect.addFlashAttribute("outcome", "proposal.submitted");
				return "redirect:/workshops/participation/" + token;
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(token, proposalForm, locale, model, response);
	}

	@PostMapping("/workshops/participation/{token}/support/{proposal}")
	String support(@PathVariable String token, @PathVariable UUID proposal, RedirectAttributes redirect) {
		try {
			proposals.support(token, proposal);
			redirect.addFlashAttribute("outcome", "proposal.supported");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.messageKey());
		}
		return "redirect:/workshops/participation/" + token + "#proposals";
	}

	@PostMapping("/workshops/participation/{token}/remove")
	String remove(@PathVariable String token, RedirectAttributes redirect) {
		participants.remove(token);
		redirect.addFlashAttribute("outcome", "participation.removed");
		return "redirect:/workshops";
	}

	private String page(String token, ProposalForm form, Locale locale, Model model, HttpServletResponse response) {
		Participants.Participant me = participants.byToken(token).orElse(null);
		if (me == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "network/participation-gone";
		}
		Workshops.Listing listing = workshops.find(me.workshopId()).orElseThrow();
		model.addAttribute("token", token);
		model.addAttribute("me", me);
		model.addAttribute("workshop", listing.workshop());
		model.addAttribute("past", listing.workshop().past(Instant.now(clock)));
		model.addAttribute("proposalForm", form);
		model.addAttribute("proposals", publicProposals.of(proposals.of(me.workshopId()), locale));
		model.addAttribute("supported", proposals.supportedBy(me.id()));
		return "network/participation";
	}
}
