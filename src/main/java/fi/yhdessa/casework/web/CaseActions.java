package fi.yhdessa.casework.web;

import fi.yhdessa.casework.LifeArea;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Disclosures;
import fi.yhdessa.casework.access.GuardianRestrictions;
import fi.yhdessa.casework.access.Outcomes;
import fi.yhdessa.casework.handoff.Handoffs;
import fi.yhdessa.casework.plan.CaseRecords;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case page's forms, each bound to its own {@code …Form} and checked with Bean Validation
 * before the work is done. Done, the page returns to the summary with what was done; refused, the
 * section comes back open with what was typed, the reason and each field's message (422).
 */
@Controller
@PreAuthorize("hasAnyRole('RESPONSIBLE_WORKER', 'CHILD_WELFARE_WORKER', 'GUIDANCE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'PARTNER_WORKER', 'SUPERVISOR')")
public class CaseActions {

	private final Cases cases;
	private final CaseRecords records;
	private final Handoffs handoffs;
	private final Disclosures disclosures;
	private final GuardianRestrictions restrictions;
	private final Outcomes outcomes;
	private final CasePageModel pageModel;
	private final MessageSource messages;

	CaseActions(Cases cases, CaseRecords records, Handoffs handoffs, Disclosures disclosures, GuardianRestrictions restrictions, Outcomes outcomes,
			CasePageModel pageModel, MessageSource messages) {
		this.cases = cases;
		this.records = records;
		this.handoffs = handoffs;
		this.disclosures = disclosures;
		this.restrictions = restrictions;
		this.outcomes = outcomes;
		this.pageModel = pageModel;
		this.messages = messages;
	}

	/** What every action has: who, which case, and where a refusal is shown. */
	private record Request(SignedInUser user, UUID id, Model model, HttpServletResponse response) {
	}

	@PostMapping("/casework/cases/{id}/journal")
	ModelAndView journal(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid JournalForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "journal", form, binding, JournalForm.LABELS, () -> {
			cases.write(user, id, new Commands.Write(CaseForms.value(form.getBody()), form.getCorrects()));
			return "journal.written";
		});
	}

	@PostMapping("/casework/cases/{id}/responsible")
	ModelAndView responsible(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid ResponsibleForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "responsible", form, binding, ResponsibleForm.LABELS, () -> {
			cases.changeResponsible(user, id, new Commands.ChangeResponsible(form.getWorker(), CaseForms.value(form.getReason())));
			return "responsible.changed";
		});
	}

	@PostMapping("/casework/cases/{id}/team")
	ModelAndView team(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid TeamForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "team", form, binding, TeamForm.LABELS, () -> {
			cases.joinTeam(user, id, new Commands.JoinTeam(form.getWorker(), CaseForms.value(form.getTeamRole()), CaseForms.value(form.getLegalBasis())));
			return "team.joined";
		});
	}

	@PostMapping("/casework/cases/{id}/leave")
	ModelAndView leave(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String member, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "leave", null, null, Map.of(), () -> {
			cases.leaveTeam(user, id, chosen(member));
			return "team.left";
		});
	}

	@PostMapping("/casework/cases/{id}/consent")
	ModelAndView consent(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid ConsentForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "consent", form, binding, ConsentForm.LABELS, () -> {
			disclosures.recordConsent(user, new Commands.RecordConsent(id, CaseForms.value(form.getGivenBy()), form.getRecipient(), form.getDecision(),
					form.getScope(), null, CaseForms.date(form.getValidUntil())));
			return "consent.recorded";
		});
	}

	@PostMapping("/casework/cases/{id}/withdraw")
	ModelAndView withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String consent, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "withdraw", null, null, Map.of(), () -> {
			disclosures.withdrawConsent(user, chosen(consent));
			return "consent.withdrawn";
		});
	}

	/** The refusal that asks the worker to confirm starting an assessment with nothing but its date. */
	static final String ASSESSMENT_CONFIRMATION = "assessment.error.empty";

	@PostMapping("/casework/cases/{id}/assessment")
	ModelAndView assessment(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid AssessmentForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "assessment", form, binding, AssessmentForm.LABELS, () -> {
			if (form.needsConfirmation()) {
				throw new Problem(ASSESSMENT_CONFIRMATION);
			}
			records.startAssessment(user, id, new Commands.StartAssessment(CaseForms.date(form.getInitiatedOn()), form.isSpecialSupport(),
					CaseForms.lines(form.getParticipants())));
			return "assessment.started";
		});
	}

	@PostMapping("/casework/cases/{id}/findings")
	ModelAndView findings(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid FindingsForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "findings", form, binding, FindingsForm.LABELS, () -> {
			Map<LifeArea, String> findings = new EnumMap<>(LifeArea.class);
			form.getFindings().forEach((area, text) -> {
				if (area != null && CaseForms.value(text) != null) {
					findings.put(area, CaseForms.value(text));
				}
			});
			records.recordAssessment(user, id, form.getAssessment() == null ? new UUID(0, 0) : form.getAssessment(), new Commands.RecordAssessment(
					CaseForms.date(form.getStartedOn()), CaseForms.lines(form.getParticipants()), form.getFamilyView(), form.getChildView(), findings,
					form.getConclusion(), CaseForms.lines(form.getServicesNeeded()), form.isChildWelfareInvestigation(), CaseForms.date(form.getCompletedOn())));
			return CaseForms.value(form.getCompletedOn()) != null ? "assessment.completed" : "assessment.recorded";
		});
	}

	@PostMapping("/casework/cases/{id}/plan")
	ModelAndView plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid PlanForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "plan", form, binding, PlanForm.LABELS, () -> {
			records.writePlan(user, id, new Commands.WritePlan(CaseForms.lines(form.getGoals()), form.filledMeasures(), CaseForms.lines(form.getCommitments()),
					CaseForms.date(form.getReviewOn())));
			return "plan.written";
		});
	}

	@PostMapping("/casework/cases/{id}/agreement")
	ModelAndView agreement(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid AgreementForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "agreement", form, binding, AgreementForm.LABELS, () -> {
			records.recordAgreement(user, id, new Commands.Agreement(form.getVersion(), CaseForms.value(form.getNote())));
			return "plan.agreed";
		});
	}

	@PostMapping("/casework/cases/{id}/handoff")
	ModelAndView handoff(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid HandoffForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "handoff", form, binding, HandoffForm.LABELS, () -> {
			String receiver = CaseForms.value(form.getReceiver());
			UUID unit = receiver != null && receiver.startsWith("unit:") ? FormValues.parse(receiver.substring(5)) : null;
			UUID organisation = receiver != null && receiver.startsWith("organisation:") ? FormValues.parse(receiver.substring(13)) : null;
			handoffs.propose(user, new Commands.ProposeHandoff(id, unit, organisation, null, form.isTransfer(), CaseForms.value(form.getContext()),
					CaseForms.value(form.getLegalBasis()), form.getReplaces()));
			return "handoff.proposed";
		});
	}

	@PostMapping("/casework/cases/{id}/acknowledge")
	ModelAndView acknowledge(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String handoff, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "acknowledge", null, null, Map.of(), () -> {
			handoffs.acknowledge(user, id, chosen(handoff));
			return "handoff.acknowledged";
		});
	}

	@PostMapping("/casework/cases/{id}/restriction")
	ModelAndView restriction(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid RestrictionForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "restriction", form, binding, RestrictionForm.LABELS, () -> {
			restrictions.record(user, id, CaseForms.value(form.getGrounds()));
			return "restriction.recorded";
		});
	}

	@PostMapping("/casework/cases/{id}/restriction-end")
	ModelAndView endRestriction(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "restriction-end", null, null, Map.of(), () -> {
			restrictions.end(user, id);
			return "restriction.ended";
		});
	}

	@PostMapping("/casework/cases/{id}/goal-attainment")
	ModelAndView goalAttainment(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid GoalAttainmentForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "goal-attainment", form, binding, GoalAttainmentForm.LABELS, () -> {
			outcomes.rateGoals(user, id, form.getVersion() == null ? 0 : form.getVersion(), form.given());
			return "gas.rated";
		});
	}

	@PostMapping("/casework/cases/{id}/everyday")
	ModelAndView everyday(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid EverydayForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "everyday", form, binding, EverydayForm.LABELS, () -> {
			if (form.getStage() == null || form.getRating() == null) {
				throw new Problem("everyday.error.rating");
			}
			outcomes.rateEverydayLife(user, id, form.getStage(), form.getRating());
			return "everyday.recorded";
		});
	}

	@PostMapping("/casework/cases/{id}/close")
	ModelAndView close(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid CloseForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return carry(new Request(user, id, model, response), "close", form, binding, CloseForm.LABELS, () -> {
			cases.close(user, id, new Commands.Close(CaseForms.value(form.getReason()), form.getOutcome()));
			return "case.closed";
		});
	}

	/**
	 * Does the work when the form is valid and returns to the summary with what was done; otherwise
	 * shows the action's section again with the form as typed and why.
	 */
	private ModelAndView carry(Request request, String action, Object form, BindingResult binding, Map<String, String> labels, Supplier<String> work) {
		if (binding != null && binding.hasErrors()) {
			return refused(request, new CasePageModel.Refused(action, "case.form.fix", fieldProblems(binding, labels), form));
		}
		try {
			return new ModelAndView("redirect:/casework/cases/" + request.id() + "?done=" + work.get());
		}
		catch (Problem problem) {
			return refused(request, new CasePageModel.Refused(action, problem.messageKey(), List.of(), form));
		}
	}

	private ModelAndView refused(Request request, CasePageModel.Refused refused) {
		request.response().setStatus(422);
		return new ModelAndView(pageModel.page(request.user(), request.id(), 1, CaseSection.ofAction(refused.action()), refused, request.model()));
	}

	/** Each field's message, named by the field's label: "Reason: at most 1000 characters". */
	private List<String> fieldProblems(BindingResult binding, Map<String, String> labels) {
		Locale locale = LocaleContextHolder.getLocale();
		return binding.getFieldErrors().stream().map(error -> {
			String label = labels.get(error.getField().replaceAll("[\\[.].*", ""));
			String message = error.isBindingFailure() ? messages.getMessage("form.error.choice", null, locale) : messages.getMessage(error, locale);
			return label == null ? message : messages.getMessage(label, null, locale) + ": " + message;
		}).distinct().toList();
	}

	private static UUID chosen(String id) {
		return id == null || id.isBlank() ? new UUID(0, 0) : FormValues.parse(id.strip());
	}
}
