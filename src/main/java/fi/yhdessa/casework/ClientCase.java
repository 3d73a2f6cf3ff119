package fi.yhdessa.casework;

import fi.yhdessa.casework.events.CaseClosed;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.CaseOpened;
import fi.yhdessa.casework.events.ResponsibleWorkerChanged;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.util.UUID;

/**
 * A family's case, or a child's own case ({@code childId}). Open while it has a responsible worker
 * (Social Welfare Act §42); closed with a reason and an outcome, never deleted.
 */
public record ClientCase(UUID id, String reference, UUID familyId, String familyName, UUID childId, UUID unitId, UUID organisationId,
		Origin origin, String originReference, Instant openedAt, String openedBy, UUID responsibleWorker, Instant closedAt, String closeReason,
		Outcome outcome, Kind kind) {

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

	/**
	 * The kind of client work: early support (family work, family social work under the Social
	 * Welfare Act) or child welfare (open care, and placements in foster families or residential
	 * care). Message key {@code case.kind.NAME}.
	 */
	public enum Kind {
		FAMILY_WORK, FAMILY_SOCIAL_WORK, CHILD_WELFARE_OPEN_CARE, FOSTER_CARE, INSTITUTIONAL_CARE;

		public String messageKey() {
			return "case.kind." + name();
		}
	}

	public boolean isOpen() {
		return closedAt == null;
	}

	/** A new client relationship with its responsible worker; it records {@link CaseOpened}. */
	public static Changed<ClientCase> open(ClientCase opened, CaseContext context) {
		if (!opened.isOpen() || opened.responsibleWorker == null) {
			throw new IllegalArgumentException("A case opens with a responsible worker");
		}
		return Changed.created(opened, new CaseOpened(FactIds.of("CaseOpened", opened.id), context, opened.origin.name(), opened.openedAt));
	}

	/** Hands the responsibility to another worker, whose unit the case then belongs to; records {@link ResponsibleWorkerChanged}. */
	public Changed<ClientCase> assign(UUID worker, UUID workerUnit, UUID workerOrganisation, boolean byHandoff, Instant at, CaseContext context) {
		requireOpen();
		ClientCase assigned = new ClientCase(id, reference, familyId, familyName, childId, workerUnit, workerOrganisation, origin, originReference, openedAt,
				openedBy, worker, null, null, null, kind);
		return Changed.of(this, assigned, new ResponsibleWorkerChanged(FactIds.of("ResponsibleWorkerChanged", id, at), context.withUnit(workerUnit),
				unitId, byHandoff, at));
	}

	/** Closes the client relationship with a reason and an outcome; records {@link CaseClosed}. */
	public Changed<ClientCase> close(String reason, Outcome ending, Instant at, CaseContext context) {
		requireOpen();
		if (reason == null || reason.isBlank()) {
			throw new Problem("case.error.reason");
		}
		if (ending == null) {
			throw new Problem("case.error.outcome");
		}
		ClientCase closed = new ClientCase(id, reference, familyId, familyName, childId, unitId, organisationId, origin, originReference, openedAt,
				openedBy, responsibleWorker, at, reason.strip(), ending, kind);
		return Changed.of(this, closed, new CaseClosed(FactIds.of("CaseClosed", id), context, ending.name(), openedAt, at));
	}

	public void requireOpen() {
		if (!isOpen()) {
			throw new Problem("case.error.closed");
		}
	}
}
