package fi.yhdessa.casework.events;

import java.time.LocalDate;
import java.util.UUID;

/** A service-needs assessment started; {@code startDue} is the 7th working day after initiation when the law sets one. */
public record AssessmentStarted(UUID factId, UUID assessmentId, CaseContext context, boolean specialSupport, LocalDate initiatedOn, LocalDate startDue,
		LocalDate startedOn) {
}
