package fi.yhdessa.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of the client plan: goals in the family's own words, measures, the family's commitments and the next review. */
public record PlanVersion(UUID caseId, int version, List<String> goals, List<Measure> measures, List<String> commitments, LocalDate reviewOn,
		Instant writtenAt, String writtenBy, Instant agreedAt, String agreementNote, String agreementRecordedBy) {

	/** A measure: which service, who gives it, by when. */
	public record Measure(String service, String who, LocalDate byWhen) {
	}

	/** The message key when casework wrote the agreement note itself (agreed in the portal), otherwise {@code null}. */
	public String agreementNoteKey() {
		return SystemText.key(agreementNote);
	}

	public boolean agreed() {
		return agreedAt != null;
	}
}
