package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/** A booking was cancelled and its slot freed; {@code byUnit} when the unit cancelled it, not the family. */
public record AppointmentCancelled(UUID factId, UUID bookingId, UUID unitId, String channel, UUID familyId, String language, Instant startsAt,
		Instant cancelledAt, boolean byUnit) {
}
