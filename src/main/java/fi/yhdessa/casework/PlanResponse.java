package fi.yhdessa.casework;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A family member's answer to a plan version: agreement, comments by goal number (from 1), or both. */
public record PlanResponse(UUID id, UUID caseId, int version, boolean agrees, Map<Integer, String> goalComments, String note, String respondedBy,
		String responderName, Instant respondedAt) {
}
