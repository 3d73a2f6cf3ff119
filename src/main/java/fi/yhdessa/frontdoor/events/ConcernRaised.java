package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional of a universal service held a concern conversation with a family.
 *
 * @param zone the professional's own concern: {@code NONE}, {@code SMALL}, {@code GREY_ZONE} or {@code GREAT}
 * @param invitedUnitId the unit the family agreed to invite, or {@code null}; the invitation is in that unit's queue
 */
public record ConcernRaised(UUID factId, UUID concernId, UUID unitId, String zone, UUID invitedUnitId, Integer childAge, Instant heldAt) {
}
