package fi.yhdessa.frontdoor;

import fi.yhdessa.frontdoor.events.FeedbackGiven;
import fi.yhdessa.platform.FactIds;
import fi.yhdessa.platform.PastFacts;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front door's records made before it published facts, told again once by the backfill: each record's facts as they would have been published. */
@Configuration(proxyBeanMethods = false)
class FrontDoorPastFacts {

	@Bean
	PastFacts pastContacts(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.contact", (offset, limit) -> PastFacts.each(jdbc.sql("select * from frontdoor.contact order by received_at, id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(ContactStore::contact)
			.list(), Contact::history));
	}

	@Bean
	PastFacts pastBookings(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.booking", (offset, limit) -> PastFacts.each(jdbc.sql("""
				select b.*, s.unit_id, s.starts_at, s.minutes, s.mode, s.place from frontdoor.booking b join frontdoor.slot s on s.id = b.slot_id
				order by b.booked_at, b.id limit :limit offset :offset
				""")
			.param("limit", limit)
			.param("offset", offset)
			.query(Bookings::booking)
			.list(), Booking::history));
	}

	@Bean
	PastFacts pastConcerns(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.concern", (offset, limit) -> PastFacts.each(jdbc.sql("select * from frontdoor.concern order by held_at, id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(Concerns::concern)
			.list(), concern -> Concern.hold(concern).facts()));
	}

	@Bean
	PastFacts pastNotifications(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.notification", (offset, limit) -> PastFacts.each(jdbc.sql("select * from frontdoor.notification order by received_at, id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(Notifications::notification)
			.list(), Notification::history));
	}

	/** Feedback as anonymous as it is stored: the unit, the month and the answers. */
	@Bean
	PastFacts pastFeedback(JdbcClient jdbc) {
		return PastFacts.of("frontdoor.feedback", (offset, limit) -> jdbc.sql("select * from frontdoor.feedback order by id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> (Object) new FeedbackGiven(FactIds.of("FeedbackGiven", rs.getObject("id", UUID.class)), rs.getObject("unit_id", UUID.class),
					rs.getString("about"), YearMonth.from(rs.getObject("month", java.time.LocalDate.class)), rs.getString("easy_to_come"),
					rs.getString("welcome"), rs.getString("helped")))
			.list());
	}
}
