package fi.yhdessa.casework;

import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.HandoffAccepted;
import fi.yhdessa.casework.events.HandoffCompleted;
import fi.yhdessa.casework.events.HandoffDeclined;
import fi.yhdessa.casework.events.HandoffExpired;
import fi.yhdessa.casework.events.HandoffProposed;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A warm hand-off (saattaen vaihtaen) from one service to another unit or worker. The sender stays
 * responsible until the receiver accepts; a declined or expired hand-off returns to the sender.
 */
public record Handoff(UUID id, UUID caseId, String caseReference, UUID familyId, UUID fromWorker, UUID fromUnit, UUID toOrganisation, UUID toUnit, UUID toWorker,
		boolean transfer, String context, UUID consentId, String legalBasis, UUID replaces, Status status, Instant proposedAt, LocalDate answerDue,
		Instant answeredAt, UUID answeredBy, String declineReason, LocalDate firstMeetingOn, Instant returnedSeenAt) {

	/** Message key {@code handoff.status.NAME}. */
	public enum Status {
		PROPOSED, ACCEPTED, DECLINED, EXPIRED, COMPLETED;

		public String messageKey() {
			return "handoff.status." + name();
		}
	}

	/** Declined or expired and not yet taken up again by the sender. */
	public boolean returned() {
		return (status == Status.DECLINED || status == Status.EXPIRED) && returnedSeenAt == null;
	}

	/** A hand-off is proposed, with its context, to be answered by {@code answerDue}; it records {@link HandoffProposed}. */
	public static Changed<Handoff> propose(Handoff proposed, CaseContext caseContext) {
		if (proposed.status != Status.PROPOSED) {
			throw new IllegalArgumentException("A hand-off starts as a proposal");
		}
		if (proposed.context == null || proposed.context.strip().length() < 10) {
			throw new Problem("handoff.error.context");
		}
		return Changed.created(proposed, new HandoffProposed(FactIds.of("HandoffProposed", proposed.id), proposed.id, caseContext, proposed.toUnit,
				proposed.toOrganisation, proposed.transfer, proposed.replaces != null, proposed.proposedAt, proposed.answerDue));
	}

	/** The receiver accepts; records {@link HandoffAccepted}. Only a proposal can be answered, once. */
	public Changed<Handoff> accept(UUID by, Instant at, CaseContext caseContext) {
		Handoff accepted = answered(Status.ACCEPTED, by, null, at);
		return Changed.of(this, accepted, new HandoffAccepted(FactIds.of("HandoffAccepted", id), id, caseContext, toUnit, toOrganisation, proposedAt, at));
	}

	/** The receiver declines with a reason; the hand-off returns to its sender. Records {@link HandoffDeclined}. */
	public Changed<Handoff> decline(UUID by, String reason, Instant at, CaseContext caseContext) {
		if (reason == null || reason.isBlank()) {
			throw new Problem("handoff.error.reason");
		}
		Handoff declined = answered(Status.DECLINED, by, reason.strip(), at);
		return Changed.of(this, declined, new HandoffDeclined(FactIds.of("HandoffDeclined", id), id, caseContext, toUnit, toOrganisation, proposedAt, at));
	}

	/** Nobody answered by the due day; the hand-off returns to its sender. Records {@link HandoffExpired}. */
	public Changed<Handoff> expire(Instant at, CaseContext caseContext) {
		Handoff expired = answered(Status.EXPIRED, null, null, at);
		return Changed.of(this, expired, new HandoffExpired(FactIds.of("HandoffExpired", id), id, caseContext, toUnit, toOrganisation, proposedAt, at));
	}

	/**
	 * The family met the receiver: the accepted hand-off is complete and the family has landed.
	 * Records {@link HandoffCompleted} with how many hand-offs of the case returned before it.
	 */
	public Changed<Handoff> complete(LocalDate metOn, LocalDate today, int returnedBefore, CaseContext caseContext) {
		if (status != Status.ACCEPTED) {
			throw new AlreadyAnswered();
		}
		if (metOn == null || metOn.isAfter(today) || metOn.isBefore(proposedAt.atZone(ZoneId.of("Europe/Helsinki")).toLocalDate())) {
			throw new Problem("handoff.error.meeting");
		}
		Handoff completed = new Handoff(id, caseId, caseReference, familyId, fromWorker, fromUnit, toOrganisation, toUnit, toWorker, transfer, context,
				consentId, legalBasis, replaces, Status.COMPLETED, proposedAt, answerDue, answeredAt, answeredBy, declineReason, metOn, returnedSeenAt);
		return Changed.of(this, completed, new HandoffCompleted(FactIds.of("HandoffCompleted", id), id, caseContext, toUnit, toOrganisation, proposedAt,
				metOn, returnedBefore));
	}

	private Handoff answered(Status answer, UUID by, String reason, Instant at) {
		if (status != Status.PROPOSED) {
			throw new AlreadyAnswered();
		}
		return new Handoff(id, caseId, caseReference, familyId, fromWorker, fromUnit, toOrganisation, toUnit, toWorker, transfer, context, consentId,
				legalBasis, replaces, answer, proposedAt, answerDue, at, by, reason, firstMeetingOn, returnedSeenAt);
	}
}
