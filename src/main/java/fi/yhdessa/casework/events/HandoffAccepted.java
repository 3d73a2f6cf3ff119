package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/** The receiver accepted a hand-off. */
public record HandoffAccepted(UUID factId, UUID handoffId, CaseContext context, UUID toUnitId, UUID toOrganisationId, Instant proposedAt,
		Instant acceptedAt) {
}
