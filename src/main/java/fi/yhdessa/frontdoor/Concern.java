package fi.yhdessa.frontdoor;

import fi.yhdessa.frontdoor.events.ConcernRaised;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.time.ZoneId;
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

	/** A concern conversation was held and recorded; it records {@link ConcernRaised} with the zone of concern and any invitation. */
	static Changed<Concern> hold(Concern held) {
		if (held.invitedUnitId != null && !held.familyConsent) {
			throw new IllegalArgumentException("An invitation needs the family's consent");
		}
		int age = held.heldAt.atZone(ZoneId.of("Europe/Helsinki")).getYear() - held.childBirthYear;
		return Changed.created(held, new ConcernRaised(FactIds.of("ConcernRaised", held.id), held.id, held.unitId, held.level.name(), held.invitedUnitId,
				Math.max(0, age), held.heldAt));
	}

	public boolean usesTemplate() {
		return strengths != null || worries != null || supportAtHome != null || supportHere != null;
	}
}
