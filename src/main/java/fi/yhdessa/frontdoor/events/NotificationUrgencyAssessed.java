package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/** The intake assessed a notification's urgency: {@code IMMEDIATE}, {@code URGENT} or {@code NORMAL}. */
public record NotificationUrgencyAssessed(UUID factId, UUID notificationId, UUID unitId, String urgency, String municipality, Integer childAge,
		Instant receivedAt, Instant assessedAt) {
}
