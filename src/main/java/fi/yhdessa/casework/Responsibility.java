package fi.yhdessa.casework;

import java.time.Instant;
import java.util.UUID;

/** One period of a responsible worker on a case, with why it began. */
public record Responsibility(UUID caseId, Instant since, UUID worker, String workerName, String reason, String changedBy) {

	/** The message key when casework wrote the reason itself, otherwise {@code null}. */
	public String reasonKey() {
		return SystemText.key(reason);
	}
}
