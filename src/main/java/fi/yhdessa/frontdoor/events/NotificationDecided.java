package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The intake decided whether to start an assessment on a notification (Child Welfare Act §26).
 *
 * @param decision {@code START_ASSESSMENT} or {@code NO_ASSESSMENT}
 * @param decisionDue the 7th working day after receipt
 */
public record NotificationDecided(UUID factId, UUID notificationId, UUID unitId, String decision, String municipality, Integer childAge,
		Instant receivedAt, LocalDate decisionDue, LocalDate decidedOn, Instant decidedAt) {
}
