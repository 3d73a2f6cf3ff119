package fi.yhdessa.casework;

import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.PlanAgreed;
import fi.yhdessa.casework.events.PlanReviewed;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
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

	/**
	 * A new version of the plan is written; when it replaces an earlier one, the plan has been
	 * reviewed and it records {@link PlanReviewed} against the earlier version's review day.
	 */
	public static Changed<PlanVersion> write(PlanVersion written, PlanVersion previous, CaseContext context) {
		if (written.goals.isEmpty()) {
			throw new Problem("plan.error.goals");
		}
		if (previous == null) {
			return Changed.created(written);
		}
		return Changed.created(written, new PlanReviewed(FactIds.of("PlanReviewed", written.caseId, written.version), context, written.version,
				previous.reviewOn, written.writtenAt));
	}

	/** The family agrees to this version, once; records {@link PlanAgreed}. */
	public Changed<PlanVersion> agree(Instant at, String note, String recordedBy, boolean byFamily, CaseContext context) {
		if (agreed()) {
			throw new Problem("plan.error.agreed");
		}
		PlanVersion after = new PlanVersion(caseId, version, goals, measures, commitments, reviewOn, writtenAt, writtenBy, at, note, recordedBy);
		return Changed.of(this, after, new PlanAgreed(FactIds.of("PlanAgreed", caseId, version), context, version, goals.size(), writtenAt, at, byFamily));
	}
}
