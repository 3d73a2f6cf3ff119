package fi.yhdessa.frontdoor;

import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.Mail;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.WorkingDays;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts without a referral and the guidance queue. Every read of a contact writes the access
 * log in the same transaction; a worker of another unit gets nothing and a denied entry.
 */
@Service
class Contacts {

	static final String KIND = "frontdoor.contact";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final WorkingDays workingDays;
	private final AccessLog accessLog;
	private final Network network;
	private final Mail mail;
	private final MessageSource messages;
	private final ContactStore store;
	private final FrontDoorSettings settings;

	Contacts(JdbcClient jdbc, Clock clock, WorkingDays workingDays, AccessLog accessLog, Network network, Mail mail, MessageSource messages,
			ContactStore store, FrontDoorSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.workingDays = workingDays;
		this.accessLog = accessLog;
		this.network = network;
		this.mail = mail;
		this.messages = messages;
		this.store = store;
		this.settings = settings;
	}

	/** A saved contact: its reference, when the first answer is due, and for an anonymous asker the private link's token. */
	record Submitted(UUID id, String reference, LocalDate answerDue, String privateToken) implements Serializable {
	}

	/** An earlier contact of the same family, for the hint in the queue. */
	record Earlier(UUID id, String reference, Instant receivedAt, Contact.Outcome outcome, UUID residentId) {
	}

	@Transactional
	Submitted submit(ContactForm form, SignedInUser user) {
		Contact.Origin origin = user == null ? Contact.Origin.ANONYMOUS : user.isStaff() ? Contact.Origin.PROFESSIONAL : Contact.Origin.RESIDENT;
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.now(clock);
		LocalDate due = workingDays.afterWorkingDays(today, settings.firstAnswerWorkingDays());
		UUID id = UUID.randomUUID();
		String reference = reference("YH", "frontdoor.contact_number", today);
		String token = origin == Contact.Origin.ANONYMOUS ? newToken() : null;
		boolean professional = origin == Contact.Origin.PROFESSIONAL;
		Contact arriving = new Contact(id, reference, guidanceUnit().id().value(), origin, user == null ? null : user.getUsername(),
				user == null ? null : user.residentId(), professional ? form.getFamilyName() : null, professional && form.isFamilyConsent(), form.getNeed(),
				form.getTopic(), form.getChildAge(), form.getMunicipality(), form.getLanguage(), form.getAnswerBy(), blankToNull(form.getPhone()),
				blankToNull(form.getEmail()), now, due, null, null, null, null, null, null, null, null, null);
		store.insert(Contact.receive(arriving), user == null ? null : user.unitId(), token == null ? null : hash(token));
		accessLog.record(Access.write(user, KIND, id, user == null ? null : user.residentId(),
				professional ? "contact on the family's behalf with the family's consent" : "the asker's own contact"));
		return new Submitted(id, reference, due, token);
	}

	/** The guidance unit's queue: open contacts with the overdue first, or the ones that left the queue, newest first. */
	@Transactional(readOnly = true)
	PageOf<Contact> queue(SignedInUser user, boolean open, PageRequest page) {
		UUID unit = user.unitId();
		String where = open ? "unit_id = :unit and outcome is null" : "unit_id = :unit and outcome is not null";
		String order = open ? "answer_due, case urgency when 'URGENT' then 0 when 'SOON' then 1 else 2 end, received_at"
				: "closed_at desc";
		List<Contact> items = jdbc.sql("select * from frontdoor.contact where " + where + " order by " + order + " limit :limit offset :offset")
			.param("unit", unit)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ContactStore::contact)
			.list();
		long total = jdbc.sql("select count(*) from frontdoor.contact where " + where).param("unit", unit).query(Long.class).single();
		return new PageOf<>(items, page, total);
	}

	/** What a professional has sent on families' behalf, newest first. */
	@Transactional(readOnly = true)
	List<Contact> submittedBy(SignedInUser user) {
		return jdbc.sql("select * from frontdoor.contact where submitted_by = ? and origin = 'PROFESSIONAL' order by received_at desc limit 50")
			.param(user.getUsername())
			.query(ContactStore::contact)
			.list();
	}

	/**
	 * One contact, for a guidance worker of its unit or the professional who sent it; logged. For
	 * anyone else: empty, and a denied entry in the log.
	 */
	@Transactional
	Optional<Contact> open(SignedInUser user, UUID id) {
		Optional<Contact> found = find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Contact contact = found.get();
		boolean queueWorker = user.unitId() != null && user.unitId().equals(contact.unitId())
				&& (user.has(Role.GUIDANCE_WORKER) || user.has(Role.COORDINATOR));
		boolean sender = user.getUsername().equals(contact.submittedBy()) && contact.origin() == Contact.Origin.PROFESSIONAL;
		if (!queueWorker && !sender) {
			accessLog.record(Access.denied(user, KIND, id));
			return Optional.empty();
		}
		accessLog.record(Access.read(user, KIND, id, contact.residentId(),
				queueWorker ? "guidance of the contact (Social Welfare Act 1301/2014 §6)" : "the professional's own contact on the family's behalf"));
		return found;
	}

	/** An anonymous asker's contact through its private link; logged as a read by the link's holder. */
	@Transactional
	Optional<Contact> byPrivateLink(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Contact> found = jdbc.sql("select * from frontdoor.contact where private_link_hash = ?").param(hash(token)).query(ContactStore::contact).optional();
		found.ifPresent(contact -> accessLog.record(Access.read(null, KIND, contact.id(), null, "the asker's own contact through its private link")));
		return found;
	}

	/** A signed-in resident's own contacts, newest first; logged. */
	@Transactional
	List<Contact> ofResident(SignedInUser user) {
		if (user.residentId() == null) {
			return List.of();
		}
		List<Contact> contacts = jdbc.sql("select * from frontdoor.contact where resident_id = ? order by received_at desc limit 50")
			.param(user.residentId())
			.query(ContactStore::contact)
			.list();
		contacts.forEach(contact -> accessLog.record(Access.read(user, KIND, contact.id(), user.residentId(), "the resident's own contact")));
		return contacts;
	}

	@Transactional
	Optional<Contact> ofResident(SignedInUser user, UUID id) {
		return find(id).filter(contact -> user.residentId() != null && user.residentId().equals(contact.residentId())).map(contact -> {
			accessLog.record(Access.read(user, KIND, id, user.residentId(), "the resident's own contact"));
			return contact;
		});
	}

	/**
	 * Earlier contacts of the same family in the past year (the same resident, phone, e-mail or named
	 * family), for a guidance worker of the contact's unit; each one shown is logged.
	 */
	@Transactional
	List<Earlier> earlier(SignedInUser user, Contact contact) {
		List<Earlier> earlier = jdbc.sql("""
				select id, reference, received_at, outcome, resident_id from frontdoor.contact
				where id <> :id and received_at > :since and (
				  (resident_id is not null and resident_id = :resident) or (phone is not null and phone = :phone)
				  or (email is not null and lower(email) = lower(:email)) or (family_name is not null and lower(family_name) = lower(:family)))
				order by received_at desc limit 10
				""")
			.param("id", contact.id())
			.param("since", Timestamp.from(contact.receivedAt().minus(Duration.ofDays(365))))
			.param("resident", contact.residentId())
			.param("phone", contact.phone())
			.param("email", contact.email())
			.param("family", contact.familyName())
			.query((rs, n) -> new Earlier(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
					enumOrNull(Contact.Outcome.class, rs.getString("outcome")), rs.getObject("resident_id", UUID.class)))
			.list();
		earlier.forEach(e -> accessLog.record(Access.read(user, KIND, e.id(), e.residentId(), "hint of the same family's earlier contacts in guidance")));
		return earlier;
	}

	@Transactional
	boolean triage(SignedInUser user, UUID id, Contact.Urgency urgency, Contact.Topic topic) {
		Optional<Contact> changed = jdbc.sql("""
				update frontdoor.contact set urgency = ?, topic = ?, triaged_at = coalesce(triaged_at, ?), assigned_to = coalesce(assigned_to, ?)
				where id = ? and unit_id = ? and outcome is null returning *
				""")
			.params(urgency.name(), topic.name(), Timestamp.from(Instant.now(clock)), user.getUsername(), id, user.unitId())
			.query(ContactStore::contact)
			.optional();
		return logged(user, changed, "triage of the contact").isPresent();
	}

	@Transactional
	boolean assignToMe(SignedInUser user, UUID id) {
		Optional<Contact> changed = jdbc.sql("update frontdoor.contact set assigned_to = ? where id = ? and unit_id = ? and outcome is null returning *")
			.params(user.getUsername(), id, user.unitId())
			.query(ContactStore::contact)
			.optional();
		return logged(user, changed, "assignment of the contact").isPresent();
	}

	/** Answers the contact and closes it; the asker is told by e-mail that the answer is there, without its content. */
	@Transactional
	boolean answer(SignedInUser user, UUID id, String answer) {
		return close(user, id, Contact.Outcome.ANSWERED, answer, null, null, null, "answer to the contact").isPresent();
	}

	/** Routes the contact to a directory service; the receiving unit is told by e-mail. */
	@Transactional
	boolean routeToService(SignedInUser user, UUID id, UUID serviceId, Unit receiving, String answer) {
		Optional<Contact> closed = close(user, id, Contact.Outcome.ROUTED_TO_SERVICE, answer, serviceId,
				receiving == null ? null : receiving.id().value(), null, "routing of the contact to a service");
		if (closed.isPresent() && receiving != null && receiving.email() != null && !receiving.email().isBlank()) {
			Contact contact = closed.get();
			Locale locale = Locale.forLanguageTag(contact.language());
			mail.queue(receiving.email(), messages.getMessage("mail.routed.subject", new Object[] { contact.reference() }, locale),
					messages.getMessage("mail.routed.body", new Object[] { contact.reference(), user.displayName() }, locale));
		}
		return closed.isPresent();
	}

	/** Routes the contact to an appointment of a unit in a given mode: the asker books one of its free slots. */
	@Transactional
	boolean routeToBooking(SignedInUser user, UUID id, UUID unitId, BookingMode mode, String answer) {
		return close(user, id, Contact.Outcome.ROUTED_TO_BOOKING, answer, null, unitId, mode, "routing of the contact to an appointment").isPresent();
	}

	/** Routes the contact to a service-needs assessment: casework opens a case from the fact that it was routed there. */
	@Transactional
	boolean routeToAssessment(SignedInUser user, UUID id, String answer) {
		return close(user, id, Contact.Outcome.ROUTED_TO_ASSESSMENT, answer, null, null, null, "routing of the contact to a service-needs assessment")
			.isPresent();
	}

	/** Gives the contact its outcome if it is still open in the user's unit; the asker is told by e-mail, without the content. */
	private Optional<Contact> close(SignedInUser user, UUID id, Contact.Outcome outcome, String answer, UUID serviceId, UUID unitId,
			BookingMode mode, String basis) {
		Instant now = Instant.now(clock);
		Optional<Contact> closed = logged(user, store.find(id)
			.filter(contact -> contact.isOpen() && contact.unitId().equals(user.unitId()))
			.flatMap(contact -> store.close(contact.close(outcome, answer, serviceId, unitId, mode, user.getUsername(), now, LocalDate.now(clock)))), basis);
		closed.filter(contact -> contact.email() != null).ifPresent(contact -> {
			Locale locale = Locale.forLanguageTag(contact.language());
			mail.queue(contact.email(), messages.getMessage("mail.answered.subject", new Object[] { contact.reference() }, locale),
					messages.getMessage(contact.origin() == Contact.Origin.ANONYMOUS ? "mail.answered.body.link" : "mail.answered.body.signIn",
							new Object[] { contact.reference() }, locale));
		});
		return closed;
	}

	private Optional<Contact> logged(SignedInUser user, Optional<Contact> changed, String basis) {
		changed.ifPresent(contact -> accessLog.record(Access.write(user, KIND, contact.id(), contact.residentId(), basis)));
		return changed;
	}

	/**
	 * A contact routed to a service-needs assessment, as casework takes it over; the hand-over is
	 * logged as casework's read of the contact.
	 */
	@Transactional
	Optional<Contact> handOverToCasework(UUID id) {
		Optional<Contact> routed = store.find(id).filter(contact -> contact.outcome() == Contact.Outcome.ROUTED_TO_ASSESSMENT);
		routed.ifPresent(contact -> accessLog.record(new fi.yhdessa.consent.AccessEntry("casework", "SYSTEM", null,
				fi.yhdessa.consent.AccessEntry.Action.READ, KIND, id.toString(), contact.residentId() == null ? List.of() : List.of(contact.residentId()),
				"a contact routed to a service-needs assessment handed over to casework (Social Welfare Act 1301/2014 §36)")));
		return routed;
	}

	/** The contact without logging: only for this module's own use inside a logged operation. */
	Optional<Contact> find(UUID id) {
		return store.find(id);
	}

	/** The county's guidance unit: the front door's queue. */
	Unit guidanceUnit() {
		return network.units(UnitKind.FAMILY_GUIDANCE).stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The network has no guidance unit (unit kind FAMILY_GUIDANCE)"));
	}

	Optional<Unit> unit(UUID id) {
		return id == null ? Optional.empty() : network.unit(new UnitId(id));
	}

	String reference(String prefix, String sequence, LocalDate today) {
		long number = jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
		return "%s-%d-%06d".formatted(prefix, today.getYear(), number);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
