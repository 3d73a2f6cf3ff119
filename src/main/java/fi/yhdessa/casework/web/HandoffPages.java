package fi.yhdessa.casework.web;

import fi.yhdessa.casework.AlreadyAnswered;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.handoff.Handoffs;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

/** The receiver's side of a warm hand-off: its context, and accepting, declining or recording the first meeting. */
@Controller
@PreAuthorize("hasAnyRole('RESPONSIBLE_WORKER', 'CHILD_WELFARE_WORKER', 'GUIDANCE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'PARTNER_WORKER', 'SUPERVISOR')")
public class HandoffPages {

	private final Handoffs handoffs;
	private final Cases cases;

	HandoffPages(Handoffs handoffs, Cases cases) {
		this.handoffs = handoffs;
		this.cases = cases;
	}

	@GetMapping("/casework/handoffs/{id}")
	String handoff(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
		return handoffPage(user, handoffs.forReceiver(user, id), model, null, new LinkedMultiValueMap<>(), done);
	}

	@PostMapping("/casework/handoffs/{id}/{answer}")
	String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable String answer,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		try {
			Handoff handoff = switch (answer) {
				case "accept" -> handoffs.accept(user, id);
				case "decline" -> handoffs.decline(user, id, new Commands.Decline(FormValues.value(form, "reason")));
				case "complete" -> handoffs.complete(user, id, new Commands.Complete(FormValues.date(form, "firstMeetingOn")));
				default -> throw new Refusal.NotFound();
			};
			if (handoff.status() == Handoff.Status.ACCEPTED || handoff.status() == Handoff.Status.COMPLETED) {
				return "redirect:/casework/cases/" + handoff.caseId() + "?done=handoff." + handoff.status().name().toLowerCase(java.util.Locale.ROOT);
			}
			return "redirect:/casework?done=handoff.declined";
		}
		catch (Problem problem) {
			response.setStatus(422);
			return handoffPage(user, handoffs.forReceiver(user, id), model, problem.messageKey(), form, null);
		}
		catch (AlreadyAnswered answered) {
			response.setStatus(409);
			return handoffPage(user, handoffs.forReceiver(user, id), model, "handoff.error.answered", form, null);
		}
	}

	private String handoffPage(SignedInUser user, Handoff handoff, Model model, String problem, MultiValueMap<String, String> typed, String done) {
		model.addAttribute("handoff", handoff);
		model.addAttribute("problem", problem);
		model.addAttribute("typed", typed);
		model.addAttribute("done", done);
		model.addAttribute("from", cases.names(List.of(handoff.fromWorker())).get(handoff.fromWorker()));
		model.addAttribute("mine", user.id().value().equals(handoff.answeredBy()));
		model.addAttribute("today", LocalDate.now(ZoneId.of("Europe/Helsinki")));
		return "casework/handoff";
	}
}
