package fi.yhdessa.casework.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A warm hand-off was proposed to a unit or an organisation; the sender stays responsible until it is accepted.
 *
 * @param rerouted whether it replaces a hand-off that was declined or expired
 */
public record HandoffProposed(UUID factId, UUID handoffId, CaseContext context, UUID toUnitId, UUID toOrganisationId, boolean transfer,
		boolean rerouted, Instant proposedAt, LocalDate answerDue) {
}
