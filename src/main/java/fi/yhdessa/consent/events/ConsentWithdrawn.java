package fi.yhdessa.consent.events;

import java.time.Instant;
import java.util.UUID;

/** A family withdrew a consent or a denial; it no longer counts from this moment. */
public record ConsentWithdrawn(UUID factId, UUID consentId, UUID familyId, UUID recipientOrganisationId, String decision, String scope,
		Instant withdrawnAt) {
}
