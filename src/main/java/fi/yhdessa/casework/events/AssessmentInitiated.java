package fi.yhdessa.casework.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A service-needs assessment was initiated. For a child who needs special support (Social Welfare
 * Act §36) it must start by {@code startDue} and be complete by {@code completionDue}; otherwise both are {@code null}.
 */
public record AssessmentInitiated(UUID factId, UUID assessmentId, CaseContext context, boolean specialSupport, LocalDate initiatedOn,
		LocalDate startDue, LocalDate completionDue) {
}
