package fi.yhdessa.casework.events;

import java.time.LocalDate;
import java.util.UUID;

/** A service-needs assessment was completed; {@code completionDue} is three months from initiation when the law sets it. */
public record AssessmentCompleted(UUID factId, UUID assessmentId, CaseContext context, boolean specialSupport, LocalDate initiatedOn,
		LocalDate completionDue, LocalDate completedOn) {
}
