package fi.yhdessa.casework.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The client plan was reviewed: a new version replaced the one whose review was due on {@code reviewDue} ({@code null} when none was set). */
public record PlanReviewed(UUID factId, CaseContext context, int version, LocalDate reviewDue, Instant reviewedAt) {
}
