package fi.yhdessa.consent.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A family gave a consent to disclose its client data to an organisation, or forbade it.
 *
 * @param decision {@code CONSENT} or {@code DENIAL}
 * @param scope {@code TEAMWORK}, {@code HANDOFF} or {@code ANY}
 */
public record ConsentGiven(UUID factId, UUID consentId, UUID familyId, UUID recipientOrganisationId, String decision, String scope, Instant recordedAt) {
}
