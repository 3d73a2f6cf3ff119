package fi.yhdessa.frontdoor;

import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import fi.yhdessa.platform.Mail;
import fi.yhdessa.platform.SignedInUser;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointment slots and their bookings. A slot is booked at most once: the database holds one
 * booking per slot that is not cancelled, so of simultaneous requests exactly one gets it.
 * Confirmations, changes and reminders go by e-mail through the outbox.
 */
@Service
class Bookings {

	static final String KIND = "frontdoor.booking";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AccessLog accessLog;
	private final Network network;
	private final Mail mail;
	private final MessageSource messages;
	private final FrontDoorSettings settings;
	private final String meetingBaseUrl;
	private final Facts facts;

	Bookings(JdbcClient jdbc, Clock clock, AccessLog accessLog, Network network, Mail mail, MessageSource messages, FrontDoorSettings settings,
			@Value("${yhdessa.frontdoor.meeting-base-url}") String meetingBaseUrl, Facts facts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accessLog = accessLog;
		this.network = network;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
		this.meetingBaseUrl = meetingBaseUrl;
		this.facts = facts;
	}

	record Slot(UUID id, UUID unitId, Instant startsAt, int minutes, BookingMode mode, String place) {

		LocalDateTime localStart(ZoneId zone) {
			return LocalDateTime.ofInstant(startsAt, zone);
		}
	}

	/** Who books: name and how to reach them. */
	record Booker(String name, String email, String phone, String language) {
	}

	/** A slot of the day's calendar with its booking, if any. */
	record CalendarRow(Slot slot, Booking booking) {
	}

	/** Publishes {@code count} consecutive slots from {@code firstStart}; returns their ids. */
	@Transactional
	List<UUID> publish(SignedInUser user, UUID unitId, LocalDateTime firstStart, int minutes, int count, BookingMode mode, String place) {
		Instant start = firstStart.atZone(clock.getZone()).toInstant();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			ids.add(id);
			jdbc.sql("""
					insert into frontdoor.slot (id, unit_id, starts_at, minutes, mode, place, published_by, published_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, unitId, Timestamp.from(start.plus(Duration.ofMinutes((long) i * minutes))), minutes, mode.name(),
						Contacts.blankToNull(place), user.getUsername(), Timestamp.from(Instant.now(clock)))
				.update();
		}
		return ids;
	}

	/** Free slots of a unit from now on, soonest first; {@code mode} null for every mode. */
	@Transactional(readOnly = true)
	List<Slot> free(UUID unitId, BookingMode mode, int limit) {
		return jdbc.sql("""
				select s.* from frontdoor.slot s
				where s.unit_id = :unit and s.withdrawn_at is null and s.starts_at > :now and (cast(:mode as text) is null or s.mode = :mode)
				  and not exists (select 1 from frontdoor.booking b where b.slot_id = s.id and b.cancelled_at is null)
				order by s.starts_at limit :limit
				""")
			.param("unit", unitId)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("mode", mode == null ? null : mode.name())
			.param("limit", limit)
			.query(Bookings::slot)
			.list();
	}

	/** The units that have free slots, for the booking page. */
	@Transactional(readOnly = true)
	List<Unit> unitsWithFreeSlots() {
		List<UUID> ids = jdbc.sql("""
				select distinct s.unit_id from frontdoor.slot s where s.withdrawn_at is null and s.starts_at > ?
				  and not exists (select 1 from frontdoor.booking b where b.slot_id = s.id and b.cancelled_at is null)
				""")
			.param(Timestamp.from(Instant.now(clock)))
			.query(UUID.class)
			.list();
		return ids.stream().map(id -> network.unit(new UnitId(id))).flatMap(Optional::stream).toList();
	}

	/** A published slot that has not started yet (booked or not). */
	Optional<Slot> slot(UUID id) {
		return jdbc.sql("select * from frontdoor.slot where id = ? and withdrawn_at is null and starts_at > ?")
			.params(id, Timestamp.from(Instant.now(clock)))
			.query(Bookings::slot)
			.optional();
	}

	/**
	 * Books a free slot. Empty when the slot is taken (also by a request at the same moment), gone
	 * or past. A video appointment gets its own meeting link.
	 */
	@Transactional
	Optional<Booking> book(UUID slotId, Booker booker, SignedInUser user, UUID contactId) {
		Optional<Slot> slot = slot(slotId);
		if (slot.isEmpty()) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		String link = slot.get().mode() == BookingMode.VIDEO ? meetingBaseUrl + newRoom() : null;
		Changed<Booking> made = Booking.book(new Booking(id, slot.get(), booker.name(), booker.email(), Contacts.blankToNull(booker.phone()), booker.language(),
				link, Instant.now(clock), null, user == null ? null : user.residentId(), contactId, null));
		int inserted = jdbc.sql("""
				insert into frontdoor.booking (id, slot_id, booked_by, resident_id, contact_id, name, email, phone, language, meeting_link, booked_at)
				values (:id, :slot, :by, :resident, :contact, :name, :email, :phone, :language, :link, :at)
				on conflict (slot_id) where cancelled_at is null do nothing
				""")
			.param("id", id)
			.param("slot", slotId)
			.param("by", user == null ? null : user.getUsername())
			.param("resident", made.after().residentId())
			.param("contact", contactId)
			.param("name", booker.name())
			.param("email", booker.email())
			.param("phone", made.after().phone())
			.param("language", booker.language())
			.param("link", link)
			.param("at", Timestamp.from(made.after().bookedAt()))
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		facts.publish(made);
		Booking booking = find(id).orElseThrow();
		accessLog.record(Access.write(user, KIND, id, booking.residentId(), "booking of an appointment by the resident"));
		tell(booking, "mail.booked");
		return Optional.of(booking);
	}

	/** Cancels a booking of the resident's own, or of the unit of the staff member; the slot is free again. */
	@Transactional
	boolean cancel(SignedInUser user, UUID bookingId, UUID contactId) {
		Optional<Booking> found = find(bookingId).filter(b -> b.isActive() && b.attendance() == null);
		if (found.isEmpty()) {
			return false;
		}
		Booking booking = found.get();
		boolean own = user != null && user.residentId() != null && user.residentId().equals(booking.residentId());
		boolean unitStaff = user != null && user.isStaff() && booking.slot().unitId().equals(user.unitId());
		boolean linkHolder = user == null && contactId != null && contactId.equals(booking.contactId());
		if (!own && !unitStaff && !linkHolder) {
			if (user != null) {
				accessLog.record(Access.denied(user, KIND, bookingId));
			}
			return false;
		}
		Changed<Booking> cancelled = booking.cancel(Instant.now(clock), unitStaff);
		int updated = jdbc.sql("update frontdoor.booking set cancelled_at = ?, cancelled_by = ? where id = ? and cancelled_at is null and attendance is null")
			.params(Timestamp.from(cancelled.after().cancelledAt()), user == null ? Access.ANONYMOUS : user.getUsername(), bookingId)
			.update();
		if (updated == 0) {
			return false;
		}
		facts.publish(cancelled);
		accessLog.record(Access.write(user, KIND, bookingId, booking.residentId(), unitStaff ? "cancellation by the unit" : "cancellation by the resident"));
		tell(booking, "mail.cancelled");
		return true;
	}

	/** A resident's own bookings from today on; logged. */
	@Transactional
	List<Booking> ofResident(SignedInUser user) {
		if (user.residentId() == null) {
			return List.of();
		}
		List<Booking> bookings = select("b.resident_id = :who and s.starts_at > :since order by s.starts_at", user.residentId());
		bookings.forEach(b -> accessLog.record(Access.read(user, KIND, b.id(), user.residentId(), "the resident's own booking")));
		return bookings;
	}

	/** The bookings made for a contact, for its asker; logged. */
	@Transactional
	List<Booking> ofContact(SignedInUser user, UUID contactId) {
		List<Booking> bookings = select("b.contact_id = :who order by s.starts_at", contactId);
		bookings.forEach(b -> accessLog.record(Access.read(user, KIND, b.id(), b.residentId(), "the asker's own booking")));
		return bookings;
	}

	/** The day's calendar of the staff member's unit: every slot with its booking; each booking shown is logged. */
	@Transactional
	List<CalendarRow> day(SignedInUser user, LocalDate day) {
		ZoneId zone = clock.getZone();
		Timestamp from = Timestamp.from(day.atStartOfDay(zone).toInstant());
		Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
		List<CalendarRow> rows = jdbc.sql("""
				select s.*, b.id as booking_id, b.name, b.email, b.phone, b.language, b.meeting_link, b.booked_at, b.resident_id, b.contact_id, b.attendance
				from frontdoor.slot s left join frontdoor.booking b on b.slot_id = s.id and b.cancelled_at is null
				where s.unit_id = ? and s.withdrawn_at is null and s.starts_at >= ? and s.starts_at < ? order by s.starts_at
				""")
			.params(user.unitId(), from, to)
			.query((rs, n) -> {
				Slot slot = slot(rs, n);
				UUID booking = rs.getObject("booking_id", UUID.class);
				return new CalendarRow(slot, booking == null ? null : new Booking(booking, slot, rs.getString("name"), rs.getString("email"),
						rs.getString("phone"), rs.getString("language"), rs.getString("meeting_link"), rs.getTimestamp("booked_at").toInstant(), null,
						rs.getObject("resident_id", UUID.class), rs.getObject("contact_id", UUID.class),
						Contacts.enumOrNull(Booking.Attendance.class, rs.getString("attendance"))));
			})
			.list();
		rows.stream().map(CalendarRow::booking).filter(Objects::nonNull)
			.forEach(booking -> accessLog.record(Access.read(user, KIND, booking.id(), booking.residentId(), "the unit's appointment calendar")));
		return rows;
	}

	/**
	 * The unit records whether an appointment that has started was held or nobody came; once. False
	 * for another unit's booking (logged as denied), a cancelled one, or one recorded already.
	 */
	@Transactional
	boolean recordAttendance(SignedInUser user, UUID bookingId, Booking.Attendance attendance) {
		Optional<Booking> found = find(bookingId);
		if (found.isEmpty()) {
			return false;
		}
		Booking booking = found.get();
		if (!user.isStaff() || !booking.slot().unitId().equals(user.unitId())) {
			accessLog.record(Access.denied(user, KIND, bookingId));
			return false;
		}
		Instant now = Instant.now(clock);
		if (!booking.isActive() || booking.attendance() != null || now.isBefore(booking.slot().startsAt())) {
			return false;
		}
		Changed<Booking> recorded = booking.record(attendance, now);
		int updated = jdbc.sql("""
				update frontdoor.booking set attendance = ?, attendance_recorded_at = ?, attendance_recorded_by = ?
				where id = ? and cancelled_at is null and attendance is null
				""")
			.params(attendance.name(), Timestamp.from(now), user.getUsername(), bookingId)
			.update();
		if (updated == 0) {
			return false;
		}
		facts.publish(recorded);
		accessLog.record(Access.write(user, KIND, bookingId, booking.residentId(), "the unit's record of whether the appointment was held"));
		return true;
	}

	/** Sends the reminders of appointments that start within the reminder time; each booking is reminded once, on any node. */
	@Transactional
	public void remind() {
		Instant now = Instant.now(clock);
		List<UUID> due = jdbc.sql("""
				select b.id from frontdoor.booking b join frontdoor.slot s on s.id = b.slot_id
				where b.cancelled_at is null and b.reminded_at is null and s.starts_at > ? and s.starts_at <= ?
				for update of b skip locked
				""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(Duration.ofHours(settings.reminderHours()))))
			.query(UUID.class)
			.list();
		for (UUID id : due) {
			jdbc.sql("update frontdoor.booking set reminded_at = ? where id = ?").params(Timestamp.from(now), id).update();
			find(id).ifPresent(booking -> tell(booking, "mail.reminder"));
		}
	}

	Optional<Booking> find(UUID id) {
		return select("b.id = :who", id).stream().findFirst();
	}

	private List<Booking> select(String where, UUID who) {
		return jdbc.sql("select b.*, s.unit_id, s.starts_at, s.minutes, s.mode, s.place from frontdoor.booking b join frontdoor.slot s on s.id = b.slot_id where "
				+ where)
			.param("who", who)
			.param("since", Timestamp.from(Instant.now(clock).minus(Duration.ofHours(12))))
			.query(Bookings::booking)
			.list();
	}

	private void tell(Booking booking, String message) {
		Locale locale = Locale.forLanguageTag(booking.language());
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(booking.slot().localStart(clock.getZone()));
		String unit = network.unit(new UnitId(booking.slot().unitId())).map(u -> u.name().text(booking.language())).orElse("");
		String mode = messages.getMessage("booking.mode." + booking.slot().mode().name(), null, locale);
		String where = booking.meetingLink() != null ? booking.meetingLink()
				: booking.slot().place() != null ? booking.slot().place() : "";
		mail.queue(booking.email(), messages.getMessage(message + ".subject", new Object[] { when }, locale),
				messages.getMessage(message + ".body", new Object[] { booking.name(), when, unit, mode, where }, locale));
	}

	private static String newRoom() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static Slot slot(ResultSet rs, int n) throws SQLException {
		return new Slot(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"),
				BookingMode.valueOf(rs.getString("mode")), rs.getString("place"));
	}

	static Booking booking(ResultSet rs, int n) throws SQLException {
		Slot slot = new Slot(rs.getObject("slot_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
				rs.getInt("minutes"), BookingMode.valueOf(rs.getString("mode")), rs.getString("place"));
		Timestamp cancelled = rs.getTimestamp("cancelled_at");
		return new Booking(rs.getObject("id", UUID.class), slot, rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("language"),
				rs.getString("meeting_link"), rs.getTimestamp("booked_at").toInstant(), cancelled == null ? null : cancelled.toInstant(),
				rs.getObject("resident_id", UUID.class), rs.getObject("contact_id", UUID.class), Contacts.enumOrNull(Booking.Attendance.class, rs.getString("attendance")));
	}
}
