package fi.yhdessa.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service-needs assessment (Social Welfare Act §36). For a child who needs special support it
 * must start by the 7th working day after it was initiated and be complete within three months.
 * The family's view and the child's own view are recorded apart.
 */
public record Assessment(UUID id, UUID caseId, LocalDate initiatedOn, boolean specialSupport, LocalDate startDue, LocalDate startedOn,
		LocalDate completionDue, LocalDate completedOn, List<String> participants, String familyView, String childView,
		Map<LifeArea, String> findings, String conclusion, List<String> servicesNeeded, boolean childWelfareInvestigation, String recordedBy) {

	public boolean complete() {
		return completedOn != null;
	}

	/** The clock that runs now: the start while not started, then the completion; null when none runs. */
	public DueState state(LocalDate today) {
		if (completedOn != null) {
			return null;
		}
		if (startedOn == null && startDue != null) {
			return DueState.of(startDue, today);
		}
		return completionDue == null ? null : DueState.of(completionDue, today);
	}
}
