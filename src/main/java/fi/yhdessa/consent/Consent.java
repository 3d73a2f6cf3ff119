package fi.yhdessa.consent;

import fi.yhdessa.consent.events.ConsentGiven;
import fi.yhdessa.consent.events.ConsentWithdrawn;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

	/** The facts of this consent so far, as they were published: for the backfill of consents given before facts were. */
	List<Object> history() {
		Consent given = new Consent(id, familyId, givenBy, recipientOrganisation, decision, scope, validFrom, validUntil, recordedBy, recordedAt, null, null);
		List<Object> facts = new ArrayList<>(give(given).facts());
		if (withdrawnAt != null) {
			facts.addAll(given.withdraw(withdrawnBy, withdrawnAt).facts());
		}
		return facts;
	}

	/** A consent or denial is given; it records {@link ConsentGiven}. */
	static Changed<Consent> give(Consent given) {
		if (given.withdrawnAt != null) {
			throw new IllegalArgumentException("A consent is given in force");
		}
		return Changed.created(given, new ConsentGiven(FactIds.of("ConsentGiven", given.id), given.id, given.familyId, given.recipientOrganisation,
				given.decision.name(), given.scope.name(), given.recordedAt));
	}

	/** Withdraws the consent or denial, once; it records {@link ConsentWithdrawn}. */
	Changed<Consent> withdraw(String by, Instant at) {
		if (withdrawnAt != null) {
			throw new IllegalStateException("Consent " + id + " is withdrawn already");
		}
		Consent withdrawn = new Consent(id, familyId, givenBy, recipientOrganisation, decision, scope, validFrom, validUntil, recordedBy, recordedAt, at, by);
		return Changed.of(this, withdrawn, new ConsentWithdrawn(FactIds.of("ConsentWithdrawn", id), id, familyId, recipientOrganisation, decision.name(),
				scope.name(), at));
	}

	public boolean activeOn(LocalDate day) {
		return withdrawnAt == null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
	}
}
