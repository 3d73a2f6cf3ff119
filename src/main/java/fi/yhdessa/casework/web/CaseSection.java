package fi.yhdessa.casework.web;

import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Refusal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of work on the case page, opened on demand below the summary: its address
 * ({@code ?open=slug}, {@code /sections/slug}), its template fragment and the actions whose forms
 * it holds, so that a form refused is shown again in its own section.
 */
public enum CaseSection {
	FAMILY("family", Set.of()),
	RESPONSIBLE("responsible", Set.of("responsible")),
	TEAM("team", Set.of("team", "leave")),
	CONSENT("consent", Set.of("consent", "withdraw")),
	RESTRICTION("restriction", Set.of("restriction", "restriction-end")),
	ASSESSMENT("assessment", Set.of("assessment", "findings")),
	PLAN("plan", Set.of("plan", "agreement")),
	OUTCOMES("outcomes", Set.of("goal-attainment", "everyday")),
	MESSAGES("messages", Set.of("threads")),
	HANDOFF("handoff", Set.of("handoff", "acknowledge")),
	JOURNAL("journal", Set.of("journal")),
	CLOSE("close", Set.of("close"));

	private final String slug;
	private final Set<String> actions;

	CaseSection(String slug, Set<String> actions) {
		this.slug = slug;
		this.actions = actions;
	}

	static Optional<CaseSection> of(String slug) {
		return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
	}

	/** The section whose form the action is sent from. */
	static CaseSection ofAction(String action) {
		return Arrays.stream(values()).filter(s -> s.actions.contains(action)).findFirst().orElseThrow(Refusal.NotFound::new);
	}

	public String slug() {
		return slug;
	}

	public String template() {
		return "casework/sections/" + slug;
	}

	public String headingKey() {
		return "case.section." + slug;
	}

	/** Whether the section has anything for this case and user: a restriction only where there is a child, closing only an open case one may close. */
	boolean shownFor(Cases.CaseView view) {
		return switch (this) {
			case RESTRICTION -> view.child() != null;
			case CLOSE -> view.clientCase().isOpen() && view.relationship() != null && view.relationship().allows(Operation.CLOSE);
			default -> true;
		};
	}
}
