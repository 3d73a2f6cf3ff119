package fi.yhdessa.frontdoor;

import fi.yhdessa.platform.SignedInUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The front door's facade for other modules: a resident's own contacts and appointments, and the synthetic records of the demo region. */
@Service
public class FrontDoor {

	private final FrontDoorDemoData demoData;
	private final Contacts contacts;
	private final Bookings bookings;
	private final Feedback feedback;

	FrontDoor(FrontDoorDemoData demoData, Contacts contacts, Bookings bookings, Feedback feedback) {
		this.demoData = demoData;
		this.contacts = contacts;
		this.bookings = bookings;
		this.feedback = feedback;
	}

	/**
	 * A resident's own contact as the family portal lists it.
	 *
	 * @param topicKey message key of what it is about
	 * @param answerDue when the answer is due while it is open; {@code null} once answered
	 * @param outcomeKey message key of how it ended; {@code null} while open
	 */
	public record ResidentContact(UUID id, String reference, Instant receivedAt, String topicKey, LocalDate answerDue, String outcomeKey) {
	}

	/** A resident's coming appointment, with the link of a remote one. */
	public record ResidentAppointment(UUID id, UUID unitId, Instant startsAt, int minutes, String modeKey, String place, String meetingLink) {
	}

	/** The resident's own contacts, newest first; each is logged as read. */
	public List<ResidentContact> contactsOf(SignedInUser user) {
		return contacts.ofResident(user).stream()
			.map(c -> new ResidentContact(c.id(), c.reference(), c.receivedAt(), "contact.topic." + c.topic(), c.isOpen() ? c.answerDue() : null,
					c.isOpen() ? null : "contact.outcome." + c.outcome()))
			.toList();
	}

	/**
	 * What a contact routed to a service-needs assessment passes on to casework: who asked and what
	 * the guidance worker wrote.
	 *
	 * @param residentId the signed-in resident who asked, or {@code null}
	 * @param familyName the family as a professional named it, or {@code null}
	 * @param note the guidance worker's answer, which casework keeps with the referral
	 */
	public record RoutedContact(UUID contactId, String reference, UUID residentId, String familyName, String municipality, Integer childAge, String note,
			Instant routedAt) {
	}

	/** The contact a guidance worker routed to an assessment, for casework to take over; the hand-over is logged. */
	public Optional<RoutedContact> routedToAssessment(UUID contactId) {
		return contacts.handOverToCasework(contactId)
			.map(c -> new RoutedContact(c.id(), c.reference(), c.residentId(), c.familyName(), c.municipality(), c.childAge(), c.answer(), c.closedAt()));
	}

	/** The resident's appointments from today on, not cancelled; each is logged as read. */
	public List<ResidentAppointment> appointmentsOf(SignedInUser user) {
		return bookings.ofResident(user).stream()
			.filter(b -> b.isActive())
			.map(b -> new ResidentAppointment(b.id(), b.slot().unitId(), b.slot().startsAt(), b.slot().minutes(), "booking.mode." + b.slot().mode(),
					b.slot().place(), b.meetingLink()))
			.toList();
	}

	/**
	 * A contact answered or an appointment held that the resident is asked to give feedback on.
	 *
	 * @param aboutKey message key of what it was, with the date and the unit as arguments
	 * @param link where the resident answers
	 */
	public record FeedbackAsked(UUID id, String aboutKey, UUID unitId, Instant at, String link) {
	}

	/** What the resident is asked to give feedback on, newest first; each contact and booking is logged as read. */
	public List<FeedbackAsked> feedbackAskedOf(SignedInUser user) {
		return feedback.askedOf(user).stream()
			.map(a -> new FeedbackAsked(a.id(), "feedback.about." + a.about(), a.unitId(), a.at(), "/my/feedback/" + a.id()))
			.toList();
	}

	/** A professional who writes demo concerns and notifications, with the unit and organisation they work in. */
	public record DemoAuthor(String username, String displayName, UUID organisationId, UUID unitId) {
	}

	/**
	 * How much to generate.
	 *
	 * @param contacts contacts over the past month (slots, bookings, concerns and notifications follow in proportion)
	 * @param residents residents with accounts whose own contacts and bookings are among them
	 * @param authors professionals in universal services who hold concern conversations
	 */
	public record DemoVolume(int contacts, long seed, List<UUID> residents, List<DemoAuthor> authors) {
	}

	/** Adds contacts, slots, bookings, concerns and notifications, some near and past their deadlines. */
	@Transactional
	public void generateDemo(DemoVolume volume) {
		demoData.generate(volume);
	}
}
