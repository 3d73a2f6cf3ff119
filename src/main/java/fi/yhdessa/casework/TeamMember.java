package fi.yhdessa.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional in the team around the family, admitted with the family's consent to their
 * organisation ({@code consentId}) or with a recorded legal basis.
 */
public record TeamMember(UUID id, UUID caseId, UUID worker, String workerName, UUID organisationId, UUID unitId, String teamRole, UUID consentId,
		String legalBasis, Instant joinedAt, String joinedBy, Instant leftAt) {

	public boolean active() {
		return leftAt == null;
	}
}
