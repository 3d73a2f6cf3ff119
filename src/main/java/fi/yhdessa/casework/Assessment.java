package fi.yhdessa.casework;

import fi.yhdessa.casework.events.AssessmentCompleted;
import fi.yhdessa.casework.events.AssessmentInitiated;
import fi.yhdessa.casework.events.AssessmentStarted;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.LocalDate;
import java.util.ArrayList;
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

	/** Social Welfare Act §36: the assessment of a child needing special support starts by the 7th working day. */
	public static final int START_WORKING_DAYS = 7;
	/** ...and is complete within three months. */
	public static final int COMPLETION_MONTHS = 3;

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

	/** An assessment is initiated, with its statutory clocks when the child needs special support; records {@link AssessmentInitiated}. */
	public static Changed<Assessment> initiate(Assessment initiated, LocalDate today, CaseContext context) {
		if (initiated.initiatedOn.isAfter(today)) {
			throw new Problem("assessment.error.future");
		}
		return Changed.created(initiated, new AssessmentInitiated(FactIds.of("AssessmentInitiated", initiated.id), initiated.id, context,
				initiated.specialSupport, initiated.initiatedOn, initiated.startDue, initiated.completionDue));
	}

	/**
	 * Records what the assessment found so far: its start, views, findings, conclusion and, to
	 * complete it, the day of completion with the conclusion written. Records
	 * {@link AssessmentStarted} when it starts and {@link AssessmentCompleted} when it is completed.
	 */
	public Changed<Assessment> record(Assessment found, LocalDate today, CaseContext context) {
		if (complete()) {
			throw new Problem("assessment.error.complete");
		}
		if (found.startedOn != null && (found.startedOn.isBefore(initiatedOn) || found.startedOn.isAfter(today))) {
			throw new Problem("assessment.error.started");
		}
		if (found.completedOn != null) {
			if (found.startedOn == null || found.completedOn.isBefore(found.startedOn) || found.completedOn.isAfter(today)) {
				throw new Problem("assessment.error.completed");
			}
			if (found.conclusion == null || found.conclusion.isBlank()) {
				throw new Problem("assessment.error.conclusion");
			}
		}
		Assessment after = new Assessment(id, caseId, initiatedOn, specialSupport, startDue, found.startedOn, completionDue, found.completedOn,
				found.participants, found.familyView, found.childView, found.findings, found.conclusion, found.servicesNeeded,
				found.childWelfareInvestigation, recordedBy);
		List<Object> facts = new ArrayList<>();
		if (startedOn == null && after.startedOn != null) {
			facts.add(new AssessmentStarted(FactIds.of("AssessmentStarted", id), id, context, specialSupport, initiatedOn, startDue, after.startedOn));
		}
		if (after.completedOn != null) {
			facts.add(new AssessmentCompleted(FactIds.of("AssessmentCompleted", id), id, context, specialSupport, initiatedOn, completionDue,
					after.completedOn));
		}
		return new Changed<>(this, after, facts);
	}
}
