package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/** The unit recorded that nobody came to the appointment and no cancellation was made (a no-show). */
public record AppointmentMissed(UUID factId, UUID bookingId, UUID unitId, String channel, UUID familyId, String language, Instant bookedAt,
		Instant startsAt) {
}
