package fi.yhdessa.casework.web;

import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Relationship;
import fi.yhdessa.platform.PageText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The case page above its open section ({@code src/main/jte/casework/case-top.jte}): the case's facts,
 * the summary a worker takes in at a glance and the links that open each section.
 */
public record CaseTop(Cases.CaseView view, CaseSummary summary, List<CaseSection> sections, CaseSection open) {

	public boolean breakGlass() {
		return view.relationship() == Relationship.BREAK_GLASS;
	}

	/** The family's members, each with their relation to the child, in the page's language. */
	public String members(PageText t) {
		return view.members().stream().map(m -> m.fullName() + " (" + t.msg(m.relation().messageKey()) + ")").collect(Collectors.joining(", "));
	}

	/** The message key of a goal-attainment rating (−2 … +2). */
	public static String scoreKey(int score) {
		return "gas.score." + score;
	}

	/** The case page with a section open, as the address bar shows it. */
	public String opened(CaseSection section) {
		return "/casework/cases/" + view.clientCase().id() + "?open=" + section.slug();
	}

	/** A section alone, as htmx places it on the page. */
	public String sectionAlone(CaseSection section) {
		return "/casework/cases/" + view.clientCase().id() + "/sections/" + section.slug();
	}
}
