package fi.yhdessa.frontdoor;

import java.time.Instant;
import java.util.UUID;

/**
 * A guidance worker routed a contact to a service-needs assessment (Social Welfare Act §36). The
 * casework module opens the assessment from it.
 *
 * @param residentId the signed-in resident who made the contact, or {@code null}
 * @param familyName the family as a professional named it, or {@code null}
 * @param note what the guidance worker passes on
 */
public record ContactRoutedToAssessment(UUID contactId, String reference, UUID residentId, String familyName, String municipality,
		Integer childAge, String note, String routedBy, Instant routedAt) {
}
