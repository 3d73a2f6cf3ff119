package fi.yhdessa.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional in the team around the family, admitted with the family's consent to their
 * organisation ({@code consentId}) or with a recorded legal basis.
 */
public record TeamMember(UUID id, UUID caseId, UUID worker, String workerName, UUID organisationId, UUID unitId, String teamRole, UUID consentId,
		String legalBasis, Instant joinedAt, String joinedBy, Instant leftAt) {

	/** The message key when casework named the role itself (on a hand-off), otherwise {@code null}. */
	public String roleKey() {
		return SystemText.key(teamRole);
	}

	/** The message key when casework recorded the basis itself, otherwise {@code null}. */
	public String basisKey() {
		return SystemText.key(legalBasis);
	}

	public boolean active() {
		return leftAt == null;
	}
}
