package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/** The family agreed to a version of its client plan, in the portal itself ({@code byFamily}) or as the worker recorded. */
public record PlanAgreed(UUID factId, CaseContext context, int version, int goals, Instant writtenAt, Instant agreedAt, boolean byFamily) {
}
