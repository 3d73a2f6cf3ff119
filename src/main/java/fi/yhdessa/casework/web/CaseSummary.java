package fi.yhdessa.casework.web;

import fi.yhdessa.casework.Assessment;
import fi.yhdessa.casework.DueState;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.JournalEntry;
import fi.yhdessa.casework.MessageThread;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.TeamMember;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Outcomes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The top of the case page, what a worker takes in at a glance: what is due, overdue first; the
 * plan's goals with their latest goal-attainment rating; the active team; the latest journal
 * entries and message threads. Worked out from the case's view, so it reads nothing more.
 */
public record CaseSummary(List<Due> due, List<Outcomes.GoalRating> goals, List<TeamMember> team, List<JournalEntry> latestJournal,
		List<MessageThread> latestThreads) {

	static final int LATEST = 3;

	/** One deadline: what ({@code labelKey} with {@code detail}), by when, how it stands today and the section where it is done. */
	public record Due(String labelKey, String detail, LocalDate date, DueState state, CaseSection section) {
	}

	static CaseSummary of(Cases.CaseView view, List<MessageThread> threads, LocalDate today) {
		List<Due> due = new ArrayList<>();
		if (view.clientCase().isOpen()) {
			for (Assessment a : view.assessments()) {
				if (!a.complete()) {
					boolean starting = a.startedOn() == null && a.startDue() != null;
					LocalDate date = starting ? a.startDue() : a.completionDue();
					if (date != null) {
						due.add(new Due(starting ? "summary.due.assessmentStart" : "summary.due.assessmentCompletion", null, date, DueState.of(date, today),
								CaseSection.ASSESSMENT));
					}
				}
			}
			PlanVersion plan = view.plan();
			if (plan != null) {
				if (plan.reviewOn() != null) {
					due.add(new Due("summary.due.planReview", null, plan.reviewOn(), DueState.of(plan.reviewOn(), today), CaseSection.PLAN));
				}
				plan.measures().stream().filter(m -> m.byWhen() != null)
					.forEach(m -> due.add(new Due("summary.due.measure", m.service(), m.byWhen(), DueState.of(m.byWhen(), today), CaseSection.PLAN)));
			}
			for (Handoff h : view.handoffs()) {
				if (h.status() == Handoff.Status.PROPOSED && h.answerDue() != null) {
					due.add(new Due("summary.due.handoffAnswer", null, h.answerDue(), DueState.of(h.answerDue(), today), CaseSection.HANDOFF));
				}
				else if (h.returned()) {
					due.add(new Due("summary.due.handoffReturned", null, today, DueState.TODAY, CaseSection.HANDOFF));
				}
			}
		}
		due.sort(Comparator.comparing(Due::date));
		List<TeamMember> team = view.team().stream().filter(TeamMember::active).toList();
		List<JournalEntry> journal = view.journal().stream().limit(LATEST).toList();
		List<MessageThread> latestThreads = threads.stream()
			.sorted(Comparator.comparing(MessageThread::lastMessageAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(LATEST)
			.toList();
		return new CaseSummary(due, view.goalRatings(), team, journal, latestThreads);
	}
}
