package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact without a referral arrived at the guidance unit.
 *
 * @param familyId the signed-in resident who asked, standing for the family; {@code null} for an anonymous asker or a professional
 * @param origin {@code RESIDENT}, {@code ANONYMOUS} or {@code PROFESSIONAL}
 * @param channel how the asker wants to be answered: {@code PHONE}, {@code MESSAGE}, {@code REMOTE} or {@code VISIT}
 * @param answerDue the county's promise of a first answer
 */
public record ContactReceived(UUID factId, UUID contactId, UUID familyId, UUID unitId, String origin, String channel, String topic, String municipality,
		Integer childAge, String language, Instant receivedAt, LocalDate answerDue) {
}
