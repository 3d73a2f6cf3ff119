package fi.yhdessa.frontdoor;

import java.time.Instant;
import java.util.UUID;

/**
 * A concern conversation held with a family in universal services: the professional's own level of
 * concern, what was talked about and agreed, optionally the Lapset puheeksi (Let's Talk about
 * Children) notes, and whom the family agreed to invite.
 */
record Concern(UUID id, UUID unitId, UUID organisationId, String author, String childName, int childBirthYear, Level level, String discussed,
		String agreed, String strengths, String worries, String supportAtHome, String supportHere, UUID invitedUnitId, boolean familyConsent,
		Instant consentRecordedAt, Instant heldAt, InvitationStatus invitationStatus, String invitationHandledBy, UUID notificationId) {

	/** The professional's own level of concern (the "huolen vyöhykkeistö"). Message key {@code concern.level.NAME}. */
	enum Level {
		NONE, SMALL, GREY_ZONE, GREAT
	}

	/** Message key {@code invitation.status.NAME}. */
	enum InvitationStatus {
		OPEN, ACCEPTED, MET
	}

	public boolean usesTemplate() {
		return strengths != null || worries != null || supportAtHome != null || supportHere != null;
	}
}
