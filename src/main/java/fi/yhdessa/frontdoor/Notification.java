package fi.yhdessa.frontdoor;

import fi.yhdessa.frontdoor.events.NotificationDecided;
import fi.yhdessa.frontdoor.events.NotificationReceived;
import fi.yhdessa.frontdoor.events.NotificationUrgencyAssessed;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

	/** The facts of this notification's life so far, as they were published: for the backfill of notifications made before facts were. */
	List<Object> history() {
		Notification arrived = new Notification(id, reference, unitId, reporterKind, reportedBy, reporterName, reporterContact, childName, childBirthYear,
				municipality, description, fromConcernId, familyTold, receivedAt, decisionDue, null, null, null, null, null, null, null, null, null);
		List<Object> facts = new ArrayList<>(receive(arrived).facts());
		if (urgency != null) {
			Changed<Notification> assessed = arrived.assessUrgency(urgency, urgencyAssessedBy, urgencyAssessedAt);
			facts.addAll(assessed.facts());
			if (decision != null) {
				facts.addAll(assessed.after().decide(decision, decisionReasons, childNotifiedOn, guardiansNotifiedOn, decidedBy, decidedAt,
						decidedAt.atZone(ZoneId.of("Europe/Helsinki")).toLocalDate()).facts());
			}
		}
		return facts;
	}

	/** A notification arrives in intake, its decision due by the 7th working day; it records {@link NotificationReceived}. */
	static Changed<Notification> receive(Notification arriving) {
		if (!arriving.isOpen() || arriving.urgency != null) {
			throw new IllegalArgumentException("A notification arrives unassessed and undecided");
		}
		return Changed.created(arriving, new NotificationReceived(FactIds.of("NotificationReceived", arriving.id), arriving.id, arriving.unitId,
				arriving.reporterKind.name(), arriving.municipality, arriving.childAge(), arriving.fromConcernId != null, arriving.receivedAt,
				arriving.decisionDue));
	}

	/** Assesses the urgency at once (§26), again if need be while undecided; records {@link NotificationUrgencyAssessed}. */
	Changed<Notification> assessUrgency(Urgency assessed, String by, Instant at) {
		if (!isOpen()) {
			throw new IllegalStateException("Notification " + reference + " is decided already");
		}
		Notification changed = new Notification(id, reference, unitId, reporterKind, reportedBy, reporterName, reporterContact, childName, childBirthYear,
				municipality, description, fromConcernId, familyTold, receivedAt, decisionDue, assessed, at, by, null, null, null, null, null, null);
		return Changed.of(this, changed, new NotificationUrgencyAssessed(FactIds.of("NotificationUrgencyAssessed", id, at), id, unitId, assessed.name(),
				municipality, childAge(), receivedAt, at));
	}

	/**
	 * Decides whether to start an assessment and records the notice to the child and the guardians;
	 * the urgency must have been assessed first. Records {@link NotificationDecided}.
	 */
	Changed<Notification> decide(Decision decided, String reasons, LocalDate childNotified, LocalDate guardiansNotified, String by, Instant at, LocalDate on) {
		if (!isOpen()) {
			throw new IllegalStateException("Notification " + reference + " is decided already");
		}
		if (urgency == null) {
			throw new IllegalStateException("Notification " + reference + " needs its urgency assessed before the decision");
		}
		Notification changed = new Notification(id, reference, unitId, reporterKind, reportedBy, reporterName, reporterContact, childName, childBirthYear,
				municipality, description, fromConcernId, familyTold, receivedAt, decisionDue, urgency, urgencyAssessedAt, urgencyAssessedBy, decided,
				reasons, at, by, childNotified, guardiansNotified);
		return Changed.of(this, changed, new NotificationDecided(FactIds.of("NotificationDecided", id), id, unitId, decided.name(), municipality,
				childAge(), receivedAt, decisionDue, on, at));
	}

	/** The child's age in years at receipt, from the birth year the reporter gave. */
	Integer childAge() {
		return Math.max(0, receivedAt.atZone(ZoneId.of("Europe/Helsinki")).getYear() - childBirthYear);
	}

	public String clock(LocalDate today) {
		return Clocks.state(decisionDue, today);
	}
}
