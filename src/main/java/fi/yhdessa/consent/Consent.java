package fi.yhdessa.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A family's consent to disclose its client data to a recipient organisation, or its denial of
 * it, for a purpose. Active from {@code validFrom} to {@code validUntil} (open-ended when null)
 * until withdrawn; a withdrawal takes effect at once.
 */
public record Consent(UUID id, UUID familyId, String givenBy, UUID recipientOrganisation, Decision decision, Scope scope, LocalDate validFrom,
		LocalDate validUntil, String recordedBy, Instant recordedAt, Instant withdrawnAt, String withdrawnBy) {

	public enum Decision {
		CONSENT, DENIAL;

		public String messageKey() {
			return "consent.decision." + name();
		}
	}

	/** What the disclosure is for. Message key: {@code consent.scope.NAME}. */
	public enum Scope {
		/** Working in the team around the family: reading and writing the case. */
		TEAMWORK,
		/** Receiving a hand-off with its context. */
		HANDOFF,
		/** Both. */
		ANY;

		public String messageKey() {
			return "consent.scope." + name();
		}

		boolean covers(Scope purpose) {
			return this == ANY || this == purpose;
		}
	}

	public boolean activeOn(LocalDate day) {
		return withdrawnAt == null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
	}
}
