package fi.yhdessa.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.yhdessa.frontdoor.events.AppointmentAttended;
import fi.yhdessa.frontdoor.events.AppointmentBooked;
import fi.yhdessa.platform.Mail;
import fi.yhdessa.platform.MailOutbox;
import fi.yhdessa.platform.SignedInUser;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** A slot is booked once however many ask at the same moment; e-mail that fails is kept and retried. */
@FrontDoorTest
@RecordApplicationEvents
class BookingsIntegrationTests {

	@Autowired
	ApplicationEvents events;

	@RegisterExtension
	static final GreenMailExtension smtp = FrontDoorMail.server();

	@Autowired
	Bookings bookings;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mail mail;

	@Autowired
	MailOutbox outbox;

	@Test
	void simultaneousRequestsForOneSlotGiveExactlyOneBooking() throws Exception {
		UUID slot = publishOneSlot(BookingMode.VIDEO, LocalDateTime.now(ZoneId.of("Europe/Helsinki")).plusDays(3).withHour(9).withMinute(0));
		int requests = 12;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Optional<Booking>>> answers = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			int n = i;
			Callable<Optional<Booking>> booking = () -> {
				start.await();
				return bookings.book(slot, new Bookings.Booker("Asiakas " + n, "asiakas" + n + "@example.fi", "", "fi"), null, null);
			};
			answers.add(pool.submit(booking));
		}
		start.countDown();
		List<Booking> booked = new ArrayList<>();
		for (Future<Optional<Booking>> answer : answers) {
			answer.get().ifPresent(booked::add);
		}
		pool.shutdown();

		assertThat(booked).hasSize(1);
		assertThat(booked.getFirst().meetingLink()).startsWith("https://video.jarvilaakso.example/room/");
		assertThat(jdbc.sql("select count(*) from frontdoor.booking where slot_id = ? and cancelled_at is null").param(slot).query(Long.class).single())
			.isEqualTo(1);
		assertThat(bookings.free(guide().unitId(), BookingMode.VIDEO, 100)).extracting(Bookings.Slot::id).doesNotContain(slot);
	}

	@Test
	void aCancelledSlotCanBeBookedAgainAndBothPeopleAreTold() throws Exception {
		UUID slot = publishOneSlot(BookingMode.PHONE, LocalDateTime.now(ZoneId.of("Europe/Helsinki")).plusDays(4).withHour(13).withMinute(0));
		Booking first = bookings.book(slot, new Bookings.Booker("Eka Varaaja", "eka@example.fi", "040 1234567", "fi"), null, null).orElseThrow();
		assertThat(bookings.book(slot, new Bookings.Booker("Toka Varaaja", "toka@example.fi", "", "sv"), null, null)).isEmpty();
		assertThat(bookings.cancel(guide(), first.id(), null)).isTrue();
		assertThat(bookings.book(slot, new Bookings.Booker("Toka Varaaja", "toka@example.fi", "", "sv"), null, null)).isPresent();

		List<String> subjects = new ArrayList<>();
		for (int tries = 0; tries < 150 && subjects.stream().noneMatch(s -> s.startsWith("toka@")); tries++) {
			Thread.sleep(100);
			subjects.clear();
			for (MimeMessage message : smtp.getReceivedMessages()) {
				subjects.add(message.getAllRecipients()[0] + " " + message.getSubject());
			}
		}
		assertThat(subjects).anyMatch(s -> s.startsWith("eka@example.fi Aikasi on varattu"))
			.anyMatch(s -> s.startsWith("eka@example.fi Aikasi on peruttu"))
			.anyMatch(s -> s.startsWith("toka@example.fi Din tid är bokad"));
	}

	@Test
	void anAppointmentWithinADayIsRemindedOnce() throws Exception {
		LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/Helsinki")).plusHours(3).withSecond(0).withNano(0);
		UUID slot = publishOneSlot(BookingMode.HOME_VISIT, soon);
		Booking booking = bookings.book(slot, new Bookings.Booker("Muistettava", "muistettava@example.fi", "", "en"), null, null).orElseThrow();
		bookings.remind();
		bookings.remind();
		assertThat(jdbc.sql("select reminded_at is not null from frontdoor.booking where id = ?").param(booking.id()).query(Boolean.class).single()).isTrue();
		long reminders = 0;
		for (int tries = 0; tries < 150 && reminders == 0; tries++) {
			Thread.sleep(100);
			reminders = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Reminder: your time")).count();
		}
		Thread.sleep(1500);
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Reminder: your time"))).hasSize(1);
	}

	@Test
	void theUnitRecordsOnceAfterItsStartWhetherAnAppointmentWasHeldAndTheFactIsPublished() throws Exception {
		LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/Helsinki")).plusSeconds(2);
		UUID slot = publishOneSlot(BookingMode.VIDEO, soon);
		Booking booking = bookings.book(slot, new Bookings.Booker("Pidetty Aika", "pidetty@example.fi", "", "fi"), null, null).orElseThrow();
		SignedInUser guide = guide();
		assertThat(bookings.recordAttendance(guide, booking.id(), Booking.Attendance.ATTENDED)).as("before its start").isFalse();
		Thread.sleep(2_500);
		SignedInUser nurse = (SignedInUser) users.loadUserByUsername("nurse");
		assertThat(bookings.recordAttendance(nurse, booking.id(), Booking.Attendance.MISSED)).as("another unit").isFalse();
		assertThat(bookings.recordAttendance(guide, booking.id(), Booking.Attendance.ATTENDED)).isTrue();
		assertThat(bookings.recordAttendance(guide, booking.id(), Booking.Attendance.MISSED)).as("recorded already").isFalse();
		assertThat(bookings.cancel(guide, booking.id(), null)).as("a held appointment is not cancelled").isFalse();
		assertThat(jdbc.sql("select attendance from frontdoor.booking where id = ?").param(booking.id()).query(String.class).single()).isEqualTo("ATTENDED");
		assertThat(events.stream(AppointmentAttended.class).filter(fact -> fact.bookingId().equals(booking.id()))).singleElement()
			.satisfies(fact -> assertThat(fact.channel()).isEqualTo("VIDEO"));
		assertThat(events.stream(AppointmentBooked.class).filter(fact -> fact.bookingId().equals(booking.id()))).hasSize(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void mailThatTheServerDoesNotTakeIsKeptAndSentWhenTheServerIsBack() throws Exception {
		smtp.stop();
		UUID id = UUID.randomUUID();
		UUID queued = inTransaction(() -> mail.queue("odottava@example.fi", "Uudelleen yritetty " + id, "Viesti, joka ei saa kadota."));
		// the scheduled delivery job may hold the row at this moment (skip locked): ask until an attempt is recorded
		for (int tries = 0; tries < 50 && attempt(queued).attempts() == 0; tries++) {
			outbox.deliverDue();
			Thread.sleep(100);
		}
		Attempt failed = attempt(queued);
		assertThat(failed.attempts()).isPositive();
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.sent()).isFalse();

		smtp.start();
		for (int tries = 0; tries < 50 && !attempt(queued).sent(); tries++) {
			outbox.deliverDue();
			Thread.sleep(100);
		}
		assertThat(attempt(queued).sent()).isTrue();
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("Uudelleen yritetty " + id);
	}

	private UUID publishOneSlot(BookingMode mode, LocalDateTime start) {
		SignedInUser guide = guide();
		return inTransaction(() -> bookings.publish(guide, guide.unitId(), start, 45, 1, mode, null)).getFirst();
	}

	private SignedInUser guide() {
		return (SignedInUser) users.loadUserByUsername("guide");
	}

	private record Attempt(int attempts, String lastError, boolean sent) {
	}

	private Attempt attempt(UUID id) {
		return jdbc.sql("select attempts, last_error, sent_at is not null as sent from platform.mail_outbox where id = ?")
			.param(id)
			.query((rs, n) -> new Attempt(rs.getInt("attempts"), rs.getString("last_error"), rs.getBoolean("sent")))
			.single();
	}

	@Autowired
	TransactionTemplate transactions;

	private <T> T inTransaction(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}
}
