package fi.yhdessa.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact without a referral, as the guidance queue holds it. It leaves the queue only with an
 * {@link Outcome}: answered, or routed to a service, a booking or a service-needs assessment.
 */
record Contact(UUID id, String reference, UUID unitId, Origin origin, String submittedBy, UUID residentId, String familyName,
		boolean familyConsent, String need, Topic topic, Integer childAge, String municipality, String language, AnswerBy answerBy,
		String phone, String email, Instant receivedAt, LocalDate answerDue, Urgency urgency, String assignedTo, Outcome outcome,
		String answer, UUID routedServiceId, UUID routedUnitId, BookingMode routedMode, Instant closedAt, String closedBy) {

	/** Who made the contact. Message key {@code contact.origin.NAME}. */
	enum Origin {
		RESIDENT, ANONYMOUS, PROFESSIONAL
	}

	/** What the contact is about, as the asker or the guidance worker sees it. Message key {@code contact.topic.NAME}. */
	enum Topic {
		PARENTING, CHILD_DEVELOPMENT, EVERYDAY_LIFE, RELATIONSHIPS, SCHOOL_AND_DAYCARE, MOOD_AND_MENTAL_HEALTH, SUBSTANCES, MONEY_AND_HOUSING,
		VIOLENCE_OR_SAFETY, OTHER
	}

	/** How the asker wants to be answered. Message key {@code contact.answerBy.NAME}. */
	enum AnswerBy {
		PHONE, MESSAGE, REMOTE, VISIT
	}

	/** Set at triage. Message key {@code contact.urgency.NAME}. */
	enum Urgency {
		URGENT, SOON, NORMAL
	}

	/** How a contact left the queue. Message key {@code contact.outcome.NAME}. */
	enum Outcome {
		ANSWERED, ROUTED_TO_SERVICE, ROUTED_TO_BOOKING, ROUTED_TO_ASSESSMENT
	}

	public boolean isOpen() {
		return outcome == null;
	}

	/** Where the answer deadline stands today: {@code overdue}, {@code today} or {@code later}. Message key {@code clock.NAME}. */
	public String clock(LocalDate today) {
		return Clocks.state(answerDue, today);
	}
}
