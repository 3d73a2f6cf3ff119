package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/** The receiver declined a hand-off; it returned to its sender, who stays responsible. */
public record HandoffDeclined(UUID factId, UUID handoffId, CaseContext context, UUID toUnitId, UUID toOrganisationId, Instant proposedAt,
		Instant declinedAt) {
}
