package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A free slot of a unit was booked.
 *
 * @param channel how the appointment is held: {@code IN_PERSON}, {@code VIDEO}, {@code PHONE}, {@code HOME_VISIT} or {@code OUTREACH}
 * @param familyId the signed-in resident who booked, or {@code null}
 */
public record AppointmentBooked(UUID factId, UUID bookingId, UUID unitId, String channel, UUID familyId, String language, Instant bookedAt,
		Instant startsAt) {
}
