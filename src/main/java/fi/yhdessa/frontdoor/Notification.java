package fi.yhdessa.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child welfare notification (Child Welfare Act 417/2007 §25) in intake: urgency assessed at
 * once, the decision whether to start an assessment due by the 7th working day after receipt (§26),
 * and the notice of the decision to the child and the guardians.
 */
record Notification(UUID id, String reference, UUID unitId, ReporterKind reporterKind, String reportedBy, String reporterName,
		String reporterContact, String childName, int childBirthYear, String municipality, String description, UUID fromConcernId,
		boolean familyTold, Instant receivedAt, LocalDate decisionDue, Urgency urgency, Instant urgencyAssessedAt, String urgencyAssessedBy,
		Decision decision, String decisionReasons, Instant decidedAt, String decidedBy, LocalDate childNotifiedOn, LocalDate guardiansNotifiedOn) {

	/** Message key {@code notification.reporter.NAME}. */
	enum ReporterKind {
		PROFESSIONAL, RESIDENT
	}

	/** Message key {@code notification.urgency.NAME}. */
	enum Urgency {
		IMMEDIATE, URGENT, NORMAL
	}

	/** Message key {@code notification.decision.NAME}. */
	enum Decision {
		START_ASSESSMENT, NO_ASSESSMENT
	}

	public boolean isOpen() {
		return decision == null;
	}

	public String clock(LocalDate today) {
		return Clocks.state(decisionDue, today);
	}
}
