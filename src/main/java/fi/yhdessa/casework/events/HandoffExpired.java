package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/** Nobody answered a hand-off in time; it returned to its sender. */
public record HandoffExpired(UUID factId, UUID handoffId, CaseContext context, UUID toUnitId, UUID toOrganisationId, Instant proposedAt,
		Instant expiredAt) {
}
