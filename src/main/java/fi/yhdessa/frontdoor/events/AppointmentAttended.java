package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/** The unit recorded that the appointment was held. */
public record AppointmentAttended(UUID factId, UUID bookingId, UUID unitId, String channel, UUID familyId, String language, Instant bookedAt,
		Instant startsAt) {
}
