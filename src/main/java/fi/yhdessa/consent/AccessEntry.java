package fi.yhdessa.consent;

import fi.yhdessa.platform.SignedInUser;
import java.util.List;
import java.util.UUID;

/**
 * One read or change of client data, or an attempt that was denied: who ({@code actor}, with role
 * and organisation), what ({@code recordKind} and {@code recordId}), whose ({@code subjects}, the
 * residents the data is about) and on what basis (the purpose or the legal basis).
 */
public record AccessEntry(String actor, String actorRole, UUID actorOrganisation, Action action, String recordKind, String recordId,
		List<UUID> subjects, String basis) {

	public enum Action {
		READ, WRITE, DENIED
	}

	/** An entry of what the signed-in user did, in the role the work is done in. */
	public static AccessEntry by(SignedInUser user, Action action, String recordKind, String recordId, List<UUID> subjects, String basis) {
		return new AccessEntry(user.getUsername(), user.workingRole(), user.organisationId(), action, recordKind, recordId, subjects, basis);
	}

	public AccessEntry {
		if (actor == null || actor.isBlank() || actorRole == null || recordKind == null || recordId == null || basis == null || basis.isBlank()) {
			throw new IllegalArgumentException("An access log entry needs who, in what role, what record and on what basis");
		}
		subjects = List.copyOf(subjects);
	}
}
