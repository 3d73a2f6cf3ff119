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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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
	private final ApplicationEventPublisher events;
	private final FrontDoorSettings settings;

	Contacts(JdbcClient jdbc, Clock clock, WorkingDays workingDays, AccessLog accessLog, Network network, Mail mail, MessageSource messages,
			ApplicationEventPublisher events, FrontDoorSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.workingDays = workingDays;
		this.accessLog = accessLog;
		this.network = network;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.settings = settings;
	}

	/** A saved contact: its reference, when the first answer is due, and for an anonymous asker the private link's token. */
	record Submitted(UUID id, String reference, LocalDate answerDue, String privateToken) {
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
		jdbc.sql("""
				insert into frontdoor.contact (id, reference, unit_id, origin, submitted_by, submitter_unit_id, resident_id, family_name, family_consent,
				  need, topic, child_age, municipality, language, answer_by, phone, email, private_link_hash, received_at, answer_due)
				values (:id, :reference, :unit, :origin, :by, :byUnit, :resident, :family, :consent, :need, :topic, :age, :municipality, :language,
				  :answerBy, :phone, :email, :link, :at, :due)
				""")
			.param("id", id)
			.param("reference", reference)
			.param("unit", guidanceUnit().id().value())
			.param("origin", origin.name())
			.param("by", user == null ? null : user.getUsername())
			.param("byUnit", user == null ? null : user.unitId())
			.param("resident", user == null ? null : user.residentId())
			.param("family", origin == Contact.Origin.PROFESSIONAL ? form.getFamilyName() : null)
			.param("consent", origin == Contact.Origin.PROFESSIONAL && form.isFamilyConsent())
			.param("need", form.getNeed())
			.param("topic", form.getTopic().name())
			.param("age", form.getChildAge())
			.param("municipality", form.getMunicipality())
			.param("language", form.getLanguage())
			.param("answerBy", form.getAnswerBy().name())
			.param("phone", blankToNull(form.getPhone()))
			.param("email", blankToNull(form.getEmail()))
			.param("link", token == null ? null : hash(token))
			.param("at", Timestamp.from(now))
			.param("due", due)
			.update();
		accessLog.record(Access.write(user, KIND, id, user == null ? null : user.residentId(),
				origin == Contact.Origin.PROFESSIONAL ? "contact on the family's behalf with the family's consent" : "the asker's own contact"));
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
			.query(Contacts::contact)
			.list();
		long total = jdbc.sql("select count(*) from frontdoor.contact where " + where).param("unit", unit).query(Long.class).single();
		return new PageOf<>(items, page, total);
	}

	/** What a professional has sent on families' behalf, newest first. */
	@Transactional(readOnly = true)
	List<Contact> submittedBy(SignedInUser user) {
		return jdbc.sql("select * from frontdoor.contact where submitted_by = ? and origin = 'PROFESSIONAL' order by received_at desc limit 50")
			.param(user.getUsername())
			.query(Contacts::contact)
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
		Optional<Contact> found = jdbc.sql("select * from frontdoor.contact where private_link_hash = ?").param(hash(token)).query(Contacts::contact).optional();
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
			.query(Contacts::contact)
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
			.param("since", Timestamp.from(contact.receivedAt().minus(java.time.Duration.ofDays(365))))
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
			.query(Contacts::contact)
			.optional();
		return logged(user, changed, "triage of the contact").isPresent();
	}

	@Transactional
	boolean assignToMe(SignedInUser user, UUID id) {
		Optional<Contact> changed = jdbc.sql("update frontdoor.contact set assigned_to = ? where id = ? and unit_id = ? and outcome is null returning *")
			.params(user.getUsername(), id, user.unitId())
			.query(Contacts::contact)
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

	/** Routes the contact to a service-needs assessment: an event that casework consumes. */
	@Transactional
	boolean routeToAssessment(SignedInUser user, UUID id, String answer) {
		Optional<Contact> closed = close(user, id, Contact.Outcome.ROUTED_TO_ASSESSMENT, answer, null, null, null,
				"routing of the contact to a service-needs assessment");
		closed.ifPresent(contact -> events.publishEvent(new ContactRoutedToAssessment(contact.id(), contact.reference(), contact.residentId(),
				contact.familyName(), contact.municipality(), contact.childAge(), answer, user.getUsername(), contact.closedAt())));
		return closed.isPresent();
	}

	/** Gives the contact its outcome if it is still open in the user's unit; the asker is told by e-mail, without the content. */
	private Optional<Contact> close(SignedInUser user, UUID id, Contact.Outcome outcome, String answer, UUID serviceId, UUID unitId,
			BookingMode mode, String basis) {
		Instant now = Instant.now(clock);
		Optional<Contact> closed = logged(user, jdbc.sql("""
				update frontdoor.contact set outcome = :outcome, answer = :answer, routed_service_id = :service, routed_unit_id = :unit, routed_mode = :mode,
				  closed_at = :at, closed_by = :by, assigned_to = coalesce(assigned_to, :by), urgency = coalesce(urgency, 'NORMAL'),
				  triaged_at = coalesce(triaged_at, :at)
				where id = :id and unit_id = :ownUnit and outcome is null returning *
				""")
			.param("outcome", outcome.name())
			.param("answer", answer)
			.param("service", serviceId)
			.param("unit", unitId)
			.param("mode", mode == null ? null : mode.name())
			.param("at", Timestamp.from(now))
			.param("by", user.getUsername())
			.param("id", id)
			.param("ownUnit", user.unitId())
			.query(Contacts::contact)
			.optional(), basis);
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

	/** The contact without logging: only for this module's own use inside a logged operation. */
	Optional<Contact> find(UUID id) {
		return jdbc.sql("select * from frontdoor.contact where id = ?").param(id).query(Contacts::contact).optional();
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

	private static Contact contact(ResultSet rs, int n) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Contact(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("unit_id", UUID.class),
				Contact.Origin.valueOf(rs.getString("origin")), rs.getString("submitted_by"), rs.getObject("resident_id", UUID.class),
				rs.getString("family_name"), rs.getBoolean("family_consent"), rs.getString("need"), Contact.Topic.valueOf(rs.getString("topic")),
				rs.getObject("child_age", Integer.class), rs.getString("municipality"), rs.getString("language"),
				Contact.AnswerBy.valueOf(rs.getString("answer_by")), rs.getString("phone"), rs.getString("email"),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("answer_due", LocalDate.class), enumOrNull(Contact.Urgency.class, rs.getString("urgency")),
				rs.getString("assigned_to"), enumOrNull(Contact.Outcome.class, rs.getString("outcome")), rs.getString("answer"),
				rs.getObject("routed_service_id", UUID.class), rs.getObject("routed_unit_id", UUID.class),
				enumOrNull(BookingMode.class, rs.getString("routed_mode")), closed == null ? null : closed.toInstant(), rs.getString("closed_by"));
	}

	static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
