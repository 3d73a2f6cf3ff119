package fi.yhdessa.frontdoor;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

/**
 * A resident answers three questions after a contact or an appointment; the unit's staff read the
 * figures and comments without knowing who gave them. Coordinators and leadership may look at any
 * unit's feedback, the others at their own unit's.
 */
@Controller
class FeedbackPages {

	private static final Set<Integer> PERIODS = Set.of(3, 6, 12);

	private final Feedback feedback;
	private final Network network;

	FeedbackPages(Feedback feedback, Network network) {
		this.feedback = feedback;
		this.network = network;
	}

	@Bean
	static NavigationItem feedbackLink() {
		return new NavigationItem("nav.feedback", "/frontdoor/feedback", EnumSet.of(Role.GUIDANCE_WORKER, Role.RESPONSIBLE_WORKER,
				Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.SUPERVISOR, Role.COORDINATOR, Role.LEADERSHIP), 80);
	}

	@GetMapping("/my/feedback/{id}")
	String form(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Feedback.Asked asked = feedback.asked(user, id).orElseThrow(ContactPages::notFound);
		if (!model.containsAttribute("feedbackForm")) {
			model.addAttribute("feedbackForm", new FeedbackForm());
		}
		return form(asked, model);
	}

	@PostMapping("/my/feedback/{id}")
	String give(@PathVariable UUID id, @Valid @ModelAttribute FeedbackForm feedbackForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			Feedback.Asked asked = feedback.asked(user, id).orElseThrow(ContactPages::notFound);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(asked, model);
		}
		redirect.addFlashAttribute("feedbackOutcome", feedback.give(user, id, feedbackForm.given()) ? "feedback.thanks" : "feedback.alreadyGiven");
		return "redirect:/my";
	}

	@GetMapping("/frontdoor/feedback")
	@PreAuthorize("hasAnyRole('GUIDANCE_WORKER', 'RESPONSIBLE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'SUPERVISOR', 'COORDINATOR', 'LEADERSHIP')")
	String summary(@RequestParam(required = false) UUID unit, @RequestParam(required = false) String centre, @RequestParam(defaultValue = "12") int months,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal SignedInUser user, Model model) {
		boolean anyUnit = user.has(Role.COORDINATOR) || user.has(Role.LEADERSHIP);
		List<Unit> choices = anyUnit ? feedback.unitsWithFeedback().stream().flatMap(u -> network.unit(new UnitId(u)).stream()).toList() : List.of();
		List<Network.FamilyCentreOutline> centres = anyUnit ? network.familyCentres() : List.of();
		Network.FamilyCentreOutline shownCentre = centres.stream().filter(c -> c.municipalityCode().equals(centre)).findFirst().orElse(null);
		UUID shown = shownCentre != null ? null
				: anyUnit && unit != null ? unit : user.unitId() != null ? user.unitId() : choices.stream().findFirst().map(u -> u.id().value()).orElse(null);
		int period = PERIODS.contains(months) ? months : 12;
		model.addAttribute("units", choices);
		model.addAttribute("centres", centres);
		model.addAttribute("centre", shownCentre);
		model.addAttribute("months", period);
		model.addAttribute("periods", PERIODS.stream().sorted().toList());
		model.addAttribute("unit", shown == null ? null : network.unit(new UnitId(shown)).orElse(null));
		if (shownCentre != null) {
			List<UUID> units = network.units().stream().filter(u -> shownCentre.municipalityCode().equals(u.municipalityCode())).map(u -> u.id().value()).toList();
			model.addAttribute("summary", feedback.summary(units, period, PageRequest.of(page)));
		}
		else {
			model.addAttribute("summary", shown == null ? null : feedback.summary(shown, period, PageRequest.of(page)));
		}
		model.addAttribute("questions", Feedback.Question.values());
		model.addAttribute("answers", Feedback.Answer.values());
		model.addAttribute("baseUrl", "/frontdoor/feedback?months=" + period + (shownCentre != null ? "&centre=" + shownCentre.municipalityCode()
				: anyUnit && shown != null ? "&unit=" + shown : ""));
		return "frontdoor/feedback-summary";
	}

	private String form(Feedback.Asked asked, Model model) {
		model.addAttribute("asked", asked);
		model.addAttribute("unit", network.unit(new UnitId(asked.unitId())).orElse(null));
		model.addAttribute("questions", List.of(new Question("easyToCome", Feedback.Question.EASY_TO_COME), new Question("welcome", Feedback.Question.WELCOME),
				new Question("helped", Feedback.Question.HELPED)));
		model.addAttribute("answers", Feedback.Answer.values());
		return "frontdoor/feedback";
	}

	/** A question of the form with the form field that holds its answer. */
	record Question(String field, Feedback.Question question) {
	}
}
