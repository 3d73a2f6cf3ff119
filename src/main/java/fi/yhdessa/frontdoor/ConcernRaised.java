package fi.yhdessa.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A concern conversation ended with the family's consent to invite another unit: the invitation is in that unit's queue. */
public record ConcernRaised(UUID concernId, UUID invitedUnitId, String level, Instant heldAt) {
}
