package fi.yhdessa.frontdoor;

import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.platform.SignedInUser;
import java.util.List;
import java.util.UUID;

/** Access-log entries of the front door: who read, changed or was refused which record, and why. */
final class Access {

	/** The actor of someone not signed in: an anonymous asker (through the private link) or reporter. */
	static final String ANONYMOUS = "anonymous";

	private Access() {
	}

	static AccessEntry read(SignedInUser user, String kind, UUID id, UUID subject, String basis) {
		return entry(user, AccessEntry.Action.READ, kind, id, subject, basis);
	}

	static AccessEntry write(SignedInUser user, String kind, UUID id, UUID subject, String basis) {
		return entry(user, AccessEntry.Action.WRITE, kind, id, subject, basis);
	}

	static AccessEntry denied(SignedInUser user, String kind, UUID id) {
		return entry(user, AccessEntry.Action.DENIED, kind, id, null, "no relationship to the record");
	}

	private static AccessEntry entry(SignedInUser user, AccessEntry.Action action, String kind, UUID id, UUID subject, String basis) {
		if (user == null) {
			return new AccessEntry(ANONYMOUS, "ANONYMOUS", null, action, kind, id.toString(), subjects(subject), basis);
		}
		return AccessEntry.by(user, action, kind, id.toString(), subjects(subject), basis);
	}

	private static List<UUID> subjects(UUID subject) {
		return subject == null ? List.of() : List.of(subject);
	}
}
