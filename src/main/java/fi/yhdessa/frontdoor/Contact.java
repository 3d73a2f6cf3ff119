package fi.yhdessa.frontdoor;

import fi.yhdessa.frontdoor.events.ContactAnswered;
import fi.yhdessa.frontdoor.events.ContactReceived;
import fi.yhdessa.frontdoor.events.ContactRouted;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

	/** The facts of this contact's life so far, as they were published: for the backfill of contacts made before facts were. */
	List<Object> history() {
		Contact arrived = new Contact(id, reference, unitId, origin, submittedBy, residentId, familyName, familyConsent, need, topic, childAge, municipality,
				language, answerBy, phone, email, receivedAt, answerDue, null, null, null, null, null, null, null, null, null);
		List<Object> facts = new ArrayList<>(receive(arrived).facts());
		if (!isOpen()) {
			facts.addAll(arrived.close(outcome, answer, routedServiceId, routedUnitId, routedMode, closedBy, closedAt,
					closedAt.atZone(ZoneId.of("Europe/Helsinki")).toLocalDate()).facts());
		}
		return facts;
	}

	/** A new contact arrives in the queue; it records {@link ContactReceived}. */
	static Changed<Contact> receive(Contact arriving) {
		if (!arriving.isOpen()) {
			throw new IllegalArgumentException("A contact arrives open");
		}
		return Changed.created(arriving, new ContactReceived(FactIds.of("ContactReceived", arriving.id), arriving.id, arriving.residentId,
				arriving.unitId, arriving.origin.name(), arriving.answerBy.name(), arriving.topic.name(), arriving.municipality, arriving.childAge,
				arriving.language, arriving.receivedAt, arriving.answerDue));
	}

	/**
	 * Gives the contact its outcome and its first answer: it leaves the queue. Records
	 * {@link ContactAnswered} and, when it is routed onwards, {@link ContactRouted}. Only an open
	 * contact can be closed.
	 *
	 * @param on the day of the answer in Finland, against the promised day
	 */
	Changed<Contact> close(Outcome given, String answerText, UUID serviceId, UUID toUnitId, BookingMode mode, String by, Instant at, LocalDate on) {
		if (!isOpen()) {
			throw new IllegalStateException("The contact " + reference + " has left the queue already");
		}
		Contact closed = new Contact(id, reference, unitId, origin, submittedBy, residentId, familyName, familyConsent, need, topic, childAge, municipality,
				language, answerBy, phone, email, receivedAt, answerDue, urgency == null ? Urgency.NORMAL : urgency, assignedTo == null ? by : assignedTo,
				given, answerText, serviceId, toUnitId, mode, at, by);
		List<Object> facts = new ArrayList<>();
		facts.add(new ContactAnswered(FactIds.of("ContactAnswered", id), id, residentId, unitId, given.name(), answerBy.name(), municipality, childAge,
				language, receivedAt, answerDue, on, at));
		if (given != Outcome.ANSWERED) {
			String to = switch (given) {
				case ROUTED_TO_SERVICE -> "SERVICE";
				case ROUTED_TO_BOOKING -> "BOOKING";
				default -> "ASSESSMENT";
			};
			facts.add(new ContactRouted(FactIds.of("ContactRouted", id), id, reference, residentId, to, toUnitId, municipality, childAge, language, at));
		}
		return new Changed<>(this, closed, facts);
	}

	/** Where the answer deadline stands today: {@code overdue}, {@code today} or {@code later}. Message key {@code clock.NAME}. */
	public String clock(LocalDate today) {
		return Clocks.state(answerDue, today);
	}
}
