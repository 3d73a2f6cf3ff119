package fi.yhdessa.casework.web;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Member;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Disclosures;
import fi.yhdessa.casework.access.Referrals;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.CompiledPages;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Casework's pages: the worklist, opening a case, the case page — its summary, and each kind of
 * work opened on demand as a section (the forms are {@link CaseActions}') —, a family member's
 * identity code shown on request, and break-glass access. A form that cannot be carried out is
 * shown again with what was typed and the reason beside it.
 */
@Controller
@PreAuthorize("hasAnyRole('RESPONSIBLE_WORKER', 'CHILD_WELFARE_WORKER', 'GUIDANCE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'PARTNER_WORKER', 'SUPERVISOR')")
public class CasePages {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	private static final int MEMBER_ROWS = 4;

	private final Cases cases;
	private final CasePageModel pageModel;
	private final PageReads reads;
	private final Referrals referrals;
	private final Network network;
	private final Disclosures disclosures;
	private final CompiledPages compiledPages;

	CasePages(Cases cases, CasePageModel pageModel, PageReads reads, Referrals referrals, Network network, Disclosures disclosures,
			CompiledPages compiledPages) {
		this.compiledPages = compiledPages;
		this.cases = cases;
		this.pageModel = pageModel;
		this.reads = reads;
		this.referrals = referrals;
		this.network = network;
		this.disclosures = disclosures;
	}

	@Bean
	static NavigationItem worklistNavigation() {
		return new NavigationItem("nav.worklist", "/casework", EnumSet.of(Role.RESPONSIBLE_WORKER, Role.CHILD_WELFARE_WORKER, Role.GUIDANCE_WORKER,
				Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.PARTNER_WORKER, Role.SUPERVISOR), 5);
	}

	@Bean
	static RoleHome responsibleWorkerHome() {
		return new RoleHome(Role.RESPONSIBLE_WORKER, "/casework", "nav.worklist");
	}

	@Bean
	static RoleHome partnerWorkerHome() {
		return new RoleHome(Role.PARTNER_WORKER, "/casework", "nav.worklist");
	}

	@Bean
	static RoleHome supervisorHome() {
		return new RoleHome(Role.SUPERVISOR, "/casework?team=true", "nav.worklist");
	}

	/** The worklist, written whole by compiled templates ({@code casework/worklist.jte} in {@code layout/page.jte}, ADR 0020). */
	@GetMapping("/casework")
	View worklist(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "false") boolean team,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "1") int casePage, @RequestParam(required = false) String done) {
		return worklistPage(user, team, page, casePage, done, null, null);
	}

	/** The worklist's first page, with the refused break-glass form's reason and what was typed in it, or nothing. */
	private View worklistPage(SignedInUser user, boolean team, int page, int casePage, String done, String breakGlassProblem,
			MultiValueMap<String, String> breakGlassTyped) {
		boolean teamView = team && user.has(Role.SUPERVISOR);
		boolean opens = user.roles().stream().anyMatch(CaseAccess.RESPONSIBLE::contains) || user.has(Role.SUPERVISOR);
		WorklistPage content = reads.worklist(user, teamView, opens, page, casePage, today(), done, breakGlassProblem, breakGlassTyped);
		return compiledPages.page("casework/worklist.jte", content, "worklist.title");
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
	View read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String open, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("done", done != null && done.matches("[a-zA-Z.]{1,60}") ? done : null);
		return pageModel.page(user, id, page, open == null ? null : CaseSection.of(open).orElse(null), null, model);
	}

	/** One section of the case page, for htmx to open in place; the same as {@code ?open=} without the rest of the page. */
	@GetMapping("/casework/cases/{id}/sections/{section}")
	String section(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable String section,
			@RequestParam(defaultValue = "1") int page, Model model) {
		return pageModel.section(user, id, page, CaseSection.of(section).orElseThrow(Refusal.NotFound::new), model);
	}

	/** A family member's whole identity code, shown on request and logged: in place for htmx, otherwise on the family section. */
	@PostMapping("/casework/cases/{id}/members/{member}/identity-code")
	ModelAndView revealIdentityCode(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID member,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String code = cases.revealIdentityCode(user, id, member);
		if (htmx != null) {
			model.addAttribute("code", code);
			return new ModelAndView("casework/sections/family :: revealed");
		}
		View page = pageModel.page(user, id, 1, CaseSection.FAMILY, null, model);
		model.addAttribute("revealed", Map.of(member, code));
		return new ModelAndView(page);
	}

	@PostMapping("/casework/break-glass")
	ModelAndView breakGlass(@AuthenticationPrincipal SignedInUser user, @RequestParam MultiValueMap<String, String> form, HttpServletResponse response) {
		try {
			UUID id = disclosures.breakGlass(user, new Commands.BreakGlass(FormValues.value(form, "reference"), FormValues.value(form, "reason")));
			return new ModelAndView("redirect:/casework/cases/" + id + "?done=breakGlass.opened");
		}
		catch (Problem problem) {
			response.setStatus(422);
			return new ModelAndView(worklistPage(user, false, 1, 1, null, problem.messageKey(), form));
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
