package fi.yhdessa.frontdoor;

import fi.yhdessa.frontdoor.events.FeedbackGiven;
import fi.yhdessa.platform.FactIds;
import fi.yhdessa.platform.PastFacts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front door's records made before it published facts, told again once by the backfill: each record's facts as they would have been published. */
@Configuration(proxyBeanMethods = false)
class FrontDoorPastFacts {

	@Bean
	PastFacts pastContacts(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.contact", jdbc, "select * from frontdoor.contact order by received_at, id", ContactStore::contact, Contact::history);
	}

	@Bean
	PastFacts pastBookings(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.booking", jdbc, """
				select b.*, s.unit_id, s.starts_at, s.minutes, s.mode, s.place from frontdoor.booking b join frontdoor.slot s on s.id = b.slot_id
				order by b.booked_at, b.id""", Bookings::booking, Booking::history);
	}

	@Bean
	PastFacts pastConcerns(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.concern", jdbc, "select * from frontdoor.concern order by held_at, id", Concerns::concern,
				concern -> Concern.hold(concern).facts());
	}

	@Bean
	PastFacts pastNotifications(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.notification", jdbc, "select * from frontdoor.notification order by received_at, id", Notifications::notification,
				Notification::history);
	}

	/** Feedback as anonymous as it is stored: the unit, the month and the answers. */
	@Bean
	PastFacts pastFeedback(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.feedback", jdbc, "select * from frontdoor.feedback order by id",
				(rs, n) -> new FeedbackGiven(FactIds.of("FeedbackGiven", rs.getObject("id", UUID.class)), rs.getObject("unit_id", UUID.class),
						rs.getString("about"), YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("easy_to_come"),
						rs.getString("welcome"), rs.getString("helped")),
				List::of);
	}
}
