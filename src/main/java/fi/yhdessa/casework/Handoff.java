package fi.yhdessa.casework;

import java.time.Instant;
import java.time.LocalDate;
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
}
