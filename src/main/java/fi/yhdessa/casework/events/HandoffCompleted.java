package fi.yhdessa.casework.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The family met the receiver of an accepted hand-off: it landed.
 *
 * @param returnedBefore how many earlier hand-offs of the case were declined or expired before this one: the bounce figure
 */
public record HandoffCompleted(UUID factId, UUID handoffId, CaseContext context, UUID toUnitId, UUID toOrganisationId, Instant proposedAt,
		LocalDate firstMeetingOn, int returnedBefore) {
}
