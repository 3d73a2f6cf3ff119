package fi.yhdessa.casework.web;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.LifeArea;
import fi.yhdessa.casework.MessageThread;
import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.EverydayRating;
import fi.yhdessa.casework.access.GuardianRestrictions;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.access.Relationship;
import fi.yhdessa.casework.messages.Messages;
import fi.yhdessa.casework.plan.PlanAnswers;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.CompiledPages;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;

/**
 * The case page's model: the summary always, and the one section that is open — only what that
 * section shows is read and listed, so a view renders one form at most. The case itself is read
 * once per request, under one access-log entry.
 */
@Component
public class CasePageModel {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final Cases cases;
	private final Accounts accounts;
	private final Network network;
	private final Messages messages;
	private final GuardianRestrictions restrictions;
	private final PlanAnswers planAnswers;
	private final CompiledPages pages;
	private final PageReads reads;

	CasePageModel(Cases cases, Accounts accounts, Network network, Messages messages, GuardianRestrictions restrictions, PlanAnswers planAnswers,
			CompiledPages pages, PageReads reads) {
		this.reads = reads;
		this.cases = cases;
		this.accounts = accounts;
		this.network = network;
		this.messages = messages;
		this.restrictions = restrictions;
		this.planAnswers = planAnswers;
		this.pages = pages;
	}

	/** What a refused form brings back: the action, the reason, each field's message and the form as typed. */
	record Refused(String action, String problem, List<String> fieldProblems, Object form) {
	}

	/**
	 * The whole page, compiled ({@code casework/case.jte}): the summary and, when asked for, one section
	 * open below it, that section written by its Thymeleaf template with the model as it is when the
	 * page is written (a caller may add to it after this).
	 */
	View page(SignedInUser user, UUID id, int journalPage, CaseSection open, Refused refused, Model model) {
		PageReads.CaseAndThreads read = reads.caseAndThreads(user, id, journalPage);
		Cases.CaseView view = read.view();
		List<MessageThread> threads = read.threads();
		LocalDate today = LocalDate.now(FINLAND);
		Map<String, Boolean> can = common(view, model);
		CaseSection shown = open != null && open.shownFor(view) ? open : null;
		String top = pages.render("casework/case-top.jte", new CaseTop(view, CaseSummary.of(view, threads, today),
				Arrays.stream(CaseSection.values()).filter(s -> s.shownFor(view)).toList(), shown));
		if (shown != null) {
			section(view, threads, journalPage, shown, refused, today, model);
		}
		String done = (String) model.getAttribute("done");
		return pages.page("casework/case.jte", sections -> new CasePage(view, done, top, shown == null ? "" : sections.html(shown.template() + " :: section"),
				can.get(Operation.READ_ACCESS_LOG.name())), "case.title", view.clientCase().reference());
	}

	/** One section alone, for a page that opens it in place. */
	String section(SignedInUser user, UUID id, int journalPage, CaseSection section, Model model) {
		Cases.CaseView view = cases.view(user, id, journalPage);
		if (!section.shownFor(view)) {
			throw new Refusal.NotFound();
		}
		common(view, model);
		section(view, section == CaseSection.MESSAGES ? messages.threadsOf(user, id) : List.of(), journalPage, section, null,
				LocalDate.now(FINLAND), model);
		return section.template() + " :: section";
	}

	private Map<String, Boolean> common(Cases.CaseView view, Model model) {
		model.addAttribute("view", view);
		Map<String, Boolean> can = can(view.relationship());
		model.addAttribute("can", can);
		return can;
	}

	private void section(Cases.CaseView view, List<MessageThread> threads, int journalPage, CaseSection section, Refused refused, LocalDate today,
			Model model) {
		model.addAttribute("today", today);
		model.addAttribute("nl", "\n");
		if (refused != null) {
			model.addAttribute("failed", refused.action());
			model.addAttribute("problem", refused.problem());
			model.addAttribute("fieldProblems", refused.fieldProblems());
			model.addAttribute("form", refused.form());
		}
		boolean open = view.clientCase().isOpen();
		UUID organisation = view.clientCase().organisationId();
		switch (section) {
			case FAMILY -> model.addAttribute("revealed", Map.of());
			case RESPONSIBLE -> {
				if (open) {
					model.addAttribute("responsibleCandidates", accounts.ofOrganisation(organisation, CaseAccess.RESPONSIBLE));
				}
			}
			case TEAM -> {
				model.addAttribute("organisations", organisationNames(view));
				if (open) {
					model.addAttribute("teamCandidates", accounts.withRoles(CaseAccess.CLIENT_WORK).stream()
						.filter(a -> !a.id().value().equals(view.clientCase().responsibleWorker()))
						.toList());
				}
			}
			case CONSENT -> {
				model.addAttribute("organisations", organisationNames(view));
				model.addAttribute("partners", open ? partners().values().stream().flatMap(List::stream).toList() : List.of());
				model.addAttribute("decisions", Consent.Decision.values());
				model.addAttribute("scopes", Consent.Scope.values());
			}
			case RESTRICTION -> {
				model.addAttribute("restriction", restrictions.inForce(view.clientCase().id()).orElse(null));
				model.addAttribute("hiddenParts", restrictions.hidden(view.clientCase().id()));
			}
			case ASSESSMENT -> model.addAttribute("lifeAreas", LifeArea.values());
			case PLAN -> model.addAttribute("responses", view.plan() == null ? List.of() : planAnswers.responses(view.clientCase().id(), view.plan().version()));
			case OUTCOMES -> {
				model.addAttribute("goalRatings", view.goalRatings());
				model.addAttribute("everyday", view.everyday());
				model.addAttribute("everydayStages", EverydayRating.Stage.values());
			}
			case MESSAGES -> model.addAttribute("threads", threads);
			case HANDOFF -> handoffs(view, open, model);
			case JOURNAL -> model.addAttribute("journalPage", new PageOf<>(view.journal(), new PageRequest(journalPage, Cases.JOURNAL_PAGE), view.journalSize()));
			case CLOSE -> model.addAttribute("outcomes", ClientCase.Outcome.values());
		}
	}

	private void handoffs(Cases.CaseView view, boolean open, Model model) {
		List<UUID> people = new ArrayList<>();
		view.handoffs().forEach(h -> {
			people.add(h.fromWorker());
			if (h.answeredBy() != null) {
				people.add(h.answeredBy());
			}
		});
		model.addAttribute("names", cases.names(people.stream().distinct().toList()));
		model.addAttribute("organisations", organisationNames(view));
		Map<UUID, LocalizedText> units = new HashMap<>();
		view.handoffs().stream().map(Handoff::toUnit).filter(Objects::nonNull).distinct()
			.forEach(unit -> network.unit(new UnitId(unit)).ifPresent(found -> units.put(unit, found.name())));
		model.addAttribute("units", units);
		model.addAttribute("returned", view.handoffs().stream().filter(Handoff::returned).toList());
		if (open) {
			model.addAttribute("countyUnits", network.units(view.clientCase().organisationId()));
			model.addAttribute("ownOrganisation", network.organisation(new fi.yhdessa.network.OrganisationId(view.clientCase().organisationId()))
				.map(o -> o.name()).orElse(null));
			model.addAttribute("municipalities", network.municipalities().stream()
				.collect(java.util.stream.Collectors.toMap(fi.yhdessa.network.Municipality::code, municipality -> municipality)));
			model.addAttribute("partnerGroups", partners());
		}
	}

	/** The other organisations a hand-off can go to, grouped by their kind in a fixed order. */
	private Map<OrganisationKind, List<fi.yhdessa.network.Network.OrganisationListing>> partners() {
		Map<OrganisationKind, List<fi.yhdessa.network.Network.OrganisationListing>> byKind = new java.util.LinkedHashMap<>();
		List<OrganisationKind> kinds = List.of(OrganisationKind.MUNICIPALITY, OrganisationKind.NGO, OrganisationKind.PARISH, OrganisationKind.KELA,
				OrganisationKind.OTHER);
		kinds.forEach(kind -> byKind.put(kind, new java.util.ArrayList<>()));
		network.organisations(kinds, new PageRequest(1, 200)).items().forEach(o -> byKind.get(o.organisation().kind()).add(o));
		byKind.values().removeIf(List::isEmpty);
		return byKind;
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
}
