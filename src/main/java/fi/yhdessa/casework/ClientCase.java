package fi.yhdessa.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A family's case, or a child's own case ({@code childId}). Open while it has a responsible worker
 * (Social Welfare Act §42); closed with a reason and an outcome, never deleted.
 */
public record ClientCase(UUID id, String reference, UUID familyId, String familyName, UUID childId, UUID unitId, UUID organisationId,
		Origin origin, String originReference, Instant openedAt, String openedBy, UUID responsibleWorker, Instant closedAt, String closeReason,
		Outcome outcome) {

	/** Where the case came from. Message key {@code case.origin.NAME}. */
	public enum Origin {
		CONTACT, INVITATION, NOTIFICATION, DIRECT;

		public String messageKey() {
			return "case.origin." + name();
		}
	}

	/** How a case ended. Message key {@code case.outcome.NAME}. */
	public enum Outcome {
		GOALS_MET, SERVICES_CONTINUE_ELSEWHERE, MOVED_AWAY, NO_NEED, FAMILY_DECLINED;

		public String messageKey() {
			return "case.outcome." + name();
		}
	}

	public boolean isOpen() {
		return closedAt == null;
	}
}
