package fi.yhdessa.casework;

import fi.yhdessa.consent.Consent;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Bean;
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

/**
 * Casework's pages: the worklist, opening a case, the case page with every form of client work,
 * the receiver's view of a hand-off and break-glass access. A form that cannot be carried out is
 * shown again with what was typed and the reason beside it.
 */
@Controller
@PreAuthorize("hasAnyRole('RESPONSIBLE_WORKER', 'CHILD_WELFARE_WORKER', 'GUIDANCE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'PARTNER_WORKER', 'SUPERVISOR')")
class CasePages {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	private static final int MEMBER_ROWS = 4;

	private final Cases cases;
	private final CaseRecords records;
	private final Handoffs handoffs;
	private final Worklist worklist;
	private final Referrals referrals;
	private final Accounts accounts;
	private final Network network;
	private final Disclosures disclosures;
	private final Messages messages;

	private final GuardianRestrictions restrictions;
	private final PlanAnswers planAnswers;
	private final Outcomes outcomes;

	CasePages(Cases cases, CaseRecords records, Handoffs handoffs, Worklist worklist, Referrals referrals, Accounts accounts, Network network,
			Disclosures disclosures, Messages messages, GuardianRestrictions restrictions,
			PlanAnswers planAnswers, Outcomes outcomes) {
		this.outcomes = outcomes;
		this.disclosures = disclosures;
		this.restrictions = restrictions;
		this.planAnswers = planAnswers;
		this.messages = messages;
		this.cases = cases;
		this.records = records;
		this.handoffs = handoffs;
		this.worklist = worklist;
		this.referrals = referrals;
		this.accounts = accounts;
		this.network = network;
	}

	@Bean
	static NavigationItem worklistNavigation() {
		return new NavigationItem("nav.worklist", "/casework", EnumSet.of(Role.RESPONSIBLE_WORKER, Role.CHILD_WELFARE_WORKER, Role.GUIDANCE_WORKER,
				Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.PARTNER_WORKER, Role.SUPERVISOR), 5);
	}

	@GetMapping("/casework")
	String worklist(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "false") boolean team,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "1") int casePage, Model model) {
		boolean teamView = team && user.has(Role.SUPERVISOR);
		model.addAttribute("view", worklist.of(user, teamView, page, casePage));
		model.addAttribute("team", teamView);
		model.addAttribute("supervisor", user.has(Role.SUPERVISOR));
		model.addAttribute("today", today());
		boolean opens = user.roles().stream().anyMatch(CaseAccess.RESPONSIBLE::contains) || user.has(Role.SUPERVISOR);
		model.addAttribute("opens", opens);
		model.addAttribute("unreadThreads", messages.unreadBy(user));
		model.addAttribute("networkActions", network.openActionsOf(user.id().value()));
		if (opens) {
			model.addAttribute("referrals", referrals.waiting(new PageRequest(1, 10)));
		}
		return "casework/worklist";
	}

	@GetMapping("/casework/cases/new")
	String openForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID referral, Model model) {
		MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
		if (referral != null) {
			Referrals.Referral found = referrals.open(user, referral).orElseThrow(Refusal.NotFound::new);
			typed.add("referral", referral.toString());
			typed.add("origin", found.source().name());
			typed.add("originReference", found.sourceReference());
			typed.add("municipality", found.municipality());
			typed.add("familyName", found.familyName());
		}
		return openPage(model, typed, null);
	}

	@PostMapping("/casework/cases")
	String open(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		try {
			List<Commands.NewMember> members = new ArrayList<>();
			for (int i = 0; i < MEMBER_ROWS; i++) {
				String code = FormValues.value(form, "code" + i);
				String first = FormValues.value(form, "firstNames" + i);
				String last = FormValues.value(form, "lastName" + i);
				if (code == null && first == null && last == null) {
					continue;
				}
				members.add(new Commands.NewMember(first, last, code, FormValues.choice(form, "relation" + i, Member.Relation.class)));
			}
			ClientCase.Origin origin = FormValues.choice(form, "origin", ClientCase.Origin.class);
			UUID id = cases.open(user, new Commands.OpenCase(FormValues.value(form, "familyName"), FormValues.value(form, "municipality"), members, FormValues.value(form, "childCode"),
					origin == null ? ClientCase.Origin.DIRECT : origin, FormValues.value(form, "originReference"), null, FormValues.uuid(form, "referral"),
					FormValues.choice(form, "kind", ClientCase.Kind.class)));
			return "redirect:/casework/cases/" + id + "?done=case.opened";
		}
		catch (Problem problem) {
			response.setStatus(422);
			return openPage(model, form, problem.messageKey());
		}
	}

	private String openPage(Model model, MultiValueMap<String, String> typed, String problem) {
		model.addAttribute("typed", typed);
		model.addAttribute("problem", problem);
		model.addAttribute("rows", IntStream.range(0, MEMBER_ROWS).boxed().toList());
		model.addAttribute("relations", Member.Relation.values());
		model.addAttribute("origins", ClientCase.Origin.values());
		model.addAttribute("kinds", ClientCase.Kind.values());
		model.addAttribute("municipalities", network.municipalities());
		return "casework/open";
	}

	@GetMapping("/casework/cases/{id}")
	String read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String done, Model model) {
		model.addAttribute("done", done != null && done.matches("[a-zA-Z.]{1,60}") ? done : null);
		return casePage(user, id, page, model, null, null, new LinkedMultiValueMap<>());
	}

	@PostMapping("/casework/cases/{id}/{action}")
	String act(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		try {
			String done = switch (action) {
				case "journal" -> {
					cases.write(user, id, new Commands.Write(FormValues.value(form, "body"), FormValues.uuid(form, "corrects")));
					yield "journal.written";
				}
				case "responsible" -> {
					cases.changeResponsible(user, id, new Commands.ChangeResponsible(FormValues.uuid(form, "worker"), FormValues.value(form, "reason")));
					yield "responsible.changed";
				}
				case "team" -> {
					cases.joinTeam(user, id, new Commands.JoinTeam(FormValues.uuid(form, "worker"), FormValues.value(form, "teamRole"), FormValues.value(form, "legalBasis")));
					yield "team.joined";
				}
				case "leave" -> {
					cases.leaveTeam(user, id, FormValues.uuid(form, "member"));
					yield "team.left";
				}
				case "consent" -> {
					disclosures.recordConsent(user, new Commands.RecordConsent(id, FormValues.value(form, "givenBy"), FormValues.uuid(form, "recipient"),
							FormValues.choice(form, "decision", Consent.Decision.class), FormValues.choice(form, "scope", Consent.Scope.class), null,
							FormValues.date(form, "validUntil")));
					yield "consent.recorded";
				}
				case "withdraw" -> {
					disclosures.withdrawConsent(user, Objects.requireNonNullElse(FormValues.uuid(form, "consent"), new UUID(0, 0)));
					yield "consent.withdrawn";
				}
				case "assessment" -> {
					records.startAssessment(user, id, new Commands.StartAssessment(FormValues.date(form, "initiatedOn"), form.containsKey("specialSupport"),
							FormValues.lines(FormValues.value(form, "participants"))));
					yield "assessment.started";
				}
				case "findings" -> {
					Map<LifeArea, String> findings = new EnumMap<>(LifeArea.class);
					for (LifeArea area : LifeArea.values()) {
						String text = FormValues.value(form, "finding." + area.name());
						if (text != null) {
							findings.put(area, text);
						}
					}
					records.recordAssessment(user, id, Objects.requireNonNullElse(FormValues.uuid(form, "assessment"), new UUID(0, 0)), new Commands.RecordAssessment(
							FormValues.date(form, "startedOn"), FormValues.lines(FormValues.value(form, "participants")), FormValues.text(form, "familyView"), FormValues.text(form, "childView"), findings,
							FormValues.text(form, "conclusion"), FormValues.lines(FormValues.value(form, "servicesNeeded")), form.containsKey("childWelfareInvestigation"),
							FormValues.date(form, "completedOn")));
					yield form.containsKey("completedOn") && FormValues.value(form, "completedOn") != null ? "assessment.completed" : "assessment.recorded";
				}
				case "plan" -> {
					List<PlanVersion.Measure> measures = new ArrayList<>();
					for (int i = 0; i < 3; i++) {
						if (FormValues.value(form, "measure" + i) != null) {
							measures.add(new PlanVersion.Measure(FormValues.value(form, "measure" + i), FormValues.value(form, "who" + i), FormValues.date(form, "byWhen" + i)));
						}
					}
					records.writePlan(user, id, new Commands.WritePlan(FormValues.lines(FormValues.value(form, "goals")), measures, FormValues.lines(FormValues.value(form, "commitments")),
							FormValues.date(form, "reviewOn")));
					yield "plan.written";
				}
				case "agreement" -> {
					records.recordAgreement(user, id, new Commands.Agreement(FormValues.integer(form, "version"), FormValues.value(form, "note")));
					yield "plan.agreed";
				}
				case "handoff" -> {
					String receiver = FormValues.value(form, "receiver");
					UUID unit = receiver != null && receiver.startsWith("unit:") ? FormValues.parse(receiver.substring(5)) : null;
					UUID organisation = receiver != null && receiver.startsWith("organisation:") ? FormValues.parse(receiver.substring(13)) : null;
					handoffs.propose(user, new Commands.ProposeHandoff(id, unit, organisation, null, form.containsKey("transfer"), FormValues.value(form, "context"),
							FormValues.value(form, "legalBasis"), FormValues.uuid(form, "replaces")));
					yield "handoff.proposed";
				}
				case "acknowledge" -> {
					handoffs.acknowledge(user, id, Objects.requireNonNullElse(FormValues.uuid(form, "handoff"), new UUID(0, 0)));
					yield "handoff.acknowledged";
				}
				case "restriction" -> {
					restrictions.record(user, id, FormValues.value(form, "grounds"));
					yield "restriction.recorded";
				}
				case "restriction-end" -> {
					restrictions.end(user, id);
					yield "restriction.ended";
				}
				case "goal-attainment" -> {
					Map<Integer, Integer> scores = new TreeMap<>();
					form.forEach((name, values) -> {
						if (name.matches("score\\d{1,2}") && FormValues.value(form, name) != null) {
							scores.put(Integer.valueOf(name.substring(5)), FormValues.integer(form, name));
						}
					});
					outcomes.rateGoals(user, id, Objects.requireNonNullElse(FormValues.integer(form, "version"), 0), scores);
					yield "gas.rated";
				}
				case "everyday" -> {
					EverydayRating.Stage stage = FormValues.choice(form, "stage", EverydayRating.Stage.class);
					Integer rating = FormValues.integer(form, "rating");
					if (stage == null || rating == null) {
						throw new Problem("everyday.error.rating");
					}
					outcomes.rateEverydayLife(user, id, stage, rating);
					yield "everyday.recorded";
				}
				case "close" -> {
					cases.close(user, id, new Commands.Close(FormValues.value(form, "reason"), FormValues.choice(form, "outcome", ClientCase.Outcome.class)));
					yield "case.closed";
				}
				default -> throw new Refusal.NotFound();
			};
			return "redirect:/casework/cases/" + id + "?done=" + done + "#" + action;
		}
		catch (Problem problem) {
			response.setStatus(422);
			return casePage(user, id, 1, model, action, problem.messageKey(), form);
		}
	}

	private String casePage(SignedInUser user, UUID id, int page, Model model, String failed, String problem, MultiValueMap<String, String> typed) {
		Cases.CaseView view = cases.view(user, id, page);
		model.addAttribute("view", view);
		model.addAttribute("failed", failed);
		model.addAttribute("problem", problem);
		model.addAttribute("typed", typed);
		model.addAttribute("today", today());
		model.addAttribute("journalPage", new fi.yhdessa.platform.PageOf<>(view.journal(), new PageRequest(page, Cases.JOURNAL_PAGE), view.journalSize()));
		model.addAttribute("can", can(view.relationship()));
		model.addAttribute("threads", messages.threadsOf(user, id));
		model.addAttribute("restriction", restrictions.inForce(id).orElse(null));
		model.addAttribute("hiddenParts", restrictions.hidden(id));
		model.addAttribute("responses", view.plan() == null ? List.of() : planAnswers.responses(id, view.plan().version()));
		model.addAttribute("goalRatings", view.goalRatings());
		model.addAttribute("everyday", view.everyday());
		model.addAttribute("everydayStages", EverydayRating.Stage.values());
		Map<UUID, String> people = new HashMap<>();
		view.handoffs().forEach(h -> {
			people.put(h.fromWorker(), null);
			if (h.answeredBy() != null) {
				people.put(h.answeredBy(), null);
			}
		});
		model.addAttribute("names", cases.names(people.keySet()));
		model.addAttribute("organisations", organisationNames(view));
		model.addAttribute("units", unitNames(view));
		if (view.clientCase().isOpen()) {
			model.addAttribute("responsibleCandidates", accounts.ofOrganisation(view.clientCase().organisationId(), CaseAccess.RESPONSIBLE));
			model.addAttribute("teamCandidates", accounts.withRoles(CaseAccess.CLIENT_WORK).stream()
				.filter(a -> !a.id().value().equals(view.clientCase().responsibleWorker()))
				.toList());
			model.addAttribute("countyUnits", network.units(view.clientCase().organisationId()));
			model.addAttribute("partners", network.organisations(EnumSet.of(OrganisationKind.NGO, OrganisationKind.PARISH, OrganisationKind.MUNICIPALITY,
					OrganisationKind.KELA, OrganisationKind.OTHER), new PageRequest(1, 200)).items());
		}
		model.addAttribute("returned", view.handoffs().stream().filter(Handoff::returned).toList());
		model.addAttribute("nl", "\n");
		model.addAttribute("lifeAreas", LifeArea.values());
		model.addAttribute("outcomes", ClientCase.Outcome.values());
		model.addAttribute("decisions", Consent.Decision.values());
		model.addAttribute("scopes", Consent.Scope.values());
		return "casework/case";
	}

	/** What the page offers: the forms the user's standing allows. */
	private static Map<String, Boolean> can(Relationship relationship) {
		Map<String, Boolean> can = new HashMap<>();
		for (Operation operation : Operation.values()) {
			can.put(operation.name(), relationship != null && relationship.allows(operation));
		}
		return can;
	}

	private Map<UUID, LocalizedText> organisationNames(Cases.CaseView view) {
		List<UUID> ids = new ArrayList<>();
		view.team().forEach(t -> ids.add(t.organisationId()));
		view.consents().forEach(c -> ids.add(c.recipientOrganisation()));
		view.handoffs().forEach(h -> ids.add(h.toOrganisation()));
		return network.organisationNames(ids);
	}

	/** Names of the units the case's hand-offs went to. */
	private Map<UUID, LocalizedText> unitNames(Cases.CaseView view) {
		Map<UUID, LocalizedText> names = new HashMap<>();
		view.handoffs().stream().map(Handoff::toUnit).filter(Objects::nonNull).distinct()
			.forEach(id -> network.unit(new UnitId(id)).ifPresent(unit -> names.put(id, unit.name())));
		return names;
	}

	@PostMapping("/casework/break-glass")
	String breakGlass(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		try {
			UUID id = disclosures.breakGlass(user, new Commands.BreakGlass(FormValues.value(form, "reference"), FormValues.value(form, "reason")));
			return "redirect:/casework/cases/" + id + "?done=breakGlass.opened";
		}
		catch (Problem problem) {
			response.setStatus(422);
			model.addAttribute("breakGlassProblem", problem.messageKey());
			model.addAttribute("breakGlassTyped", form);
			return worklist(user, false, 1, 1, model);
		}
	}

	@PostMapping("/casework/break-glass/{id}/review")
	String reviewBreakGlass(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		disclosures.reviewBreakGlass(user, id);
		return "redirect:/casework?team=true";
	}

	private LocalDate today() {
		return LocalDate.now(FINLAND);
	}

}
