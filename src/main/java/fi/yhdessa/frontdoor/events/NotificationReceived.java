package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child welfare notification (Child Welfare Act 417/2007 §25) arrived at the intake unit; the
 * decision whether to start an assessment is due by the 7th working day (§26).
 *
 * @param reporterKind {@code PROFESSIONAL} or {@code RESIDENT}
 */
public record NotificationReceived(UUID factId, UUID notificationId, UUID unitId, String reporterKind, String municipality, Integer childAge,
		boolean fromConcern, Instant receivedAt, LocalDate decisionDue) {
}
