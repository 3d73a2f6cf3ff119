package fi.yhdessa.frontdoor;

import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.frontdoor.events.FeedbackGiven;
import fi.yhdessa.platform.FactIds;
import fi.yhdessa.platform.Facts;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.SmallCounts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback after a contact or an appointment: was it easy to come, did you feel welcome, did you
 * get help, and a free comment. A resident is asked once about each contact that has been answered
 * and each appointment that has been held, for {@link #ASKED_FOR} afterwards. The answer is stored
 * with the unit and the month only; which contacts and bookings have been answered about is kept
 * apart, without the answer or the time, so nothing leads from an answer back to a person. Staff
 * see a unit's figures and comments only from {@code yhdessa.frontdoor.feedback-minimum} answers
 * in the period on, so that a single family cannot be recognised.
 */
@Service
class Feedback {

	static final Duration ASKED_FOR = Duration.ofDays(30);

	/** An answer to one question. Message key {@code feedback.answer.NAME}. */
	enum Answer {
		YES, PARTLY, NO
	}

	/** The three questions. Message key {@code feedback.question.NAME}. */
	enum Question {
		EASY_TO_COME, WELCOME, HELPED
	}

	/** What the feedback is about. Message key {@code feedback.about.NAME}. */
	enum About {
		CONTACT, APPOINTMENT
	}

	/** A contact or appointment the resident may give feedback on. */
	record Asked(UUID id, About about, UUID unitId, Instant at, String reference) {
	}

	/** The three answers and the comment a resident gives. */
	record Given(Answer easyToCome, Answer welcome, Answer helped, String comment) {
	}

	/**
	 * A unit's feedback over some months.
	 *
	 * @param answers how many answers there are in the period
	 * @param shown whether there are enough of them to show; when not, counts and comments are empty
	 * @param counts per question, how many gave each answer
	 * @param hidden which counts are hidden by the small-count rule (the questions' and answers' order), the number of answers being shown
	 * @param comments the comments released so far, in an order that follows neither time nor person
	 * @param nextRelease the day the comments given this week are shown
	 */
	record Summary(UUID unitId, YearMonth from, YearMonth to, int answers, int minimum, boolean shown, Map<Question, Map<Answer, Integer>> counts,
			SmallCounts.Hidden hidden, PageOf<String> comments, LocalDate nextRelease) {

		public boolean hidden(Question question, Answer answer) {
			return hidden != null && hidden.cell(question.ordinal(), answer.ordinal());
		}

		public int count(Question question, Answer answer) {
			return counts.getOrDefault(question, Map.of()).getOrDefault(answer, 0);
		}

		public int percent(Question question, Answer answer) {
			return answers == 0 ? 0 : Math.round(100f * count(question, answer) / answers);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AccessLog accessLog;
	private final int minimum;
	private final Facts facts;
	private final SmallCounts smallCounts;

	Feedback(JdbcClient jdbc, Clock clock, AccessLog accessLog, @Value("${yhdessa.frontdoor.feedback-minimum}") int minimum, Facts facts,
			SmallCounts smallCounts) {
		this.smallCounts = smallCounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.accessLog = accessLog;
		this.minimum = minimum;
		this.facts = facts;
	}

	/** The resident's contacts answered and appointments held in the past {@link #ASKED_FOR}, not yet given feedback on; each is logged as read. */
	@Transactional
	List<Asked> askedOf(SignedInUser user) {
		return select(user, null);
	}

	/** One contact or appointment the resident may still give feedback on; logged as read. */
	@Transactional
	Optional<Asked> asked(SignedInUser user, UUID id) {
		return select(user, id).stream().findFirst();
	}

	private List<Asked> select(SignedInUser user, UUID only) {
		if (user.residentId() == null) {
			return List.of();
		}
		List<Asked> asked = jdbc.sql("""
				select c.id, 'CONTACT' as about, c.unit_id, c.closed_at as at, c.reference from frontdoor.contact c
				where c.resident_id = :resident and c.outcome is not null and c.closed_at > :since and (cast(:only as uuid) is null or c.id = :only)
				  and not exists (select 1 from frontdoor.feedback_given g where g.about_id = c.id)
				union all
				select b.id, 'APPOINTMENT', s.unit_id, s.starts_at, null from frontdoor.booking b join frontdoor.slot s on s.id = b.slot_id
				where b.resident_id = :resident and b.cancelled_at is null and s.starts_at <= :now and s.starts_at > :since
				  and (cast(:only as uuid) is null or b.id = :only)
				  and not exists (select 1 from frontdoor.feedback_given g where g.about_id = b.id)
				order by at desc limit 20
				""")
			.param("resident", user.residentId())
			.param("only", only)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("since", Timestamp.from(Instant.now(clock).minus(ASKED_FOR)))
			.query((rs, n) -> new Asked(rs.getObject("id", UUID.class), About.valueOf(rs.getString("about")), rs.getObject("unit_id", UUID.class),
					rs.getTimestamp("at").toInstant(), rs.getString("reference")))
			.list();
		asked.forEach(a -> logRead(user, a));
		return asked;
	}

	/**
	 * Stores the answers with the unit and month of the contact or appointment, and marks it given.
	 *
	 * @return false when feedback on it has already been given (or is no longer asked)
	 */
	@Transactional
	boolean give(SignedInUser user, UUID id, Given given) {
		Optional<Asked> asked = asked(user, id);
		if (asked.isEmpty() || jdbc.sql("insert into frontdoor.feedback_given (about_id) values (?) on conflict do nothing").param(id).update() == 0) {
			return false;
		}
		YearMonth month = YearMonth.from(asked.get().at().atZone(clock.getZone()));
		String comment = given.comment() == null || given.comment().isBlank() ? null : given.comment().strip();
		UUID answer = UUID.randomUUID();
		jdbc.sql("""
				insert into frontdoor.feedback (id, unit_id, about, month, easy_to_come, welcome, helped, comment, comment_released_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(answer, asked.get().unitId(), asked.get().about().name(), month.atDay(1), given.easyToCome().name(), given.welcome().name(),
					given.helped().name(), comment, comment == null ? null : releaseOf(LocalDate.now(clock)))
			.update();
		facts.publish(new FeedbackGiven(FactIds.of("FeedbackGiven", answer), asked.get().unitId(), asked.get().about().name(), month,
				given.easyToCome().name(), given.welcome().name(), given.helped().name()));
		return true;
	}

	/**
	 * The day a comment given today is shown to staff: the Monday two weeks after the Monday of this
	 * week, with every other comment of the week — at least eight days after it was given.
	 */
	static LocalDate releaseOf(LocalDate given) {
		return given.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).plusWeeks(2);
	}

	/** The unit's feedback over the given months up to this one. */
	@Transactional(readOnly = true)
	Summary summary(UUID unitId, int months, PageRequest page) {
		return summary(unitId, List.of(unitId), months, page);
	}

	/** The feedback of several units together — a family centre's — over the given months up to this one. */
	@Transactional(readOnly = true)
	Summary summary(List<UUID> unitIds, int months, PageRequest page) {
		return summary(null, unitIds, months, page);
	}

	private Summary summary(UUID unitId, List<UUID> unitIds, int months, PageRequest page) {
		YearMonth to = YearMonth.now(clock);
		YearMonth from = to.minusMonths(months - 1L);
		UUID[] units = unitIds.toArray(UUID[]::new);
		String period = "unit_id = any(:unit) and month >= :from";
		int answers = jdbc.sql("select count(*) from frontdoor.feedback where " + period)
			.param("unit", units)
			.param("from", from.atDay(1))
			.query(Integer.class)
			.single();
		if (answers < minimum) {
			return new Summary(unitId, from, to, answers, minimum, false, Map.of(), null, new PageOf<>(List.of(), page, 0), null);
		}
		Map<Question, Map<Answer, Integer>> counts = new EnumMap<>(Question.class);
		jdbc.sql("""
				select 'EASY_TO_COME' as question, easy_to_come as answer, count(*) as n from frontdoor.feedback where %1$s group by easy_to_come
				union all select 'WELCOME', welcome, count(*) from frontdoor.feedback where %1$s group by welcome
				union all select 'HELPED', helped, count(*) from frontdoor.feedback where %1$s group by helped
				""".formatted(period))
			.param("unit", units)
			.param("from", from.atDay(1))
			.query(rs -> {
				counts.computeIfAbsent(Question.valueOf(rs.getString("question")), q -> new EnumMap<>(Answer.class))
					.put(Answer.valueOf(rs.getString("answer")), rs.getInt("n"));
			});
		LocalDate today = LocalDate.now(clock);
		String released = "comment is not null and comment_released_on <= :today and ";
		long commented = jdbc.sql("select count(*) from frontdoor.feedback where " + released + period)
			.param("unit", units)
			.param("from", from.atDay(1))
			.param("today", today)
			.query(Long.class)
			.single();
		// The random ids give an order that follows neither time nor person.
		List<String> comments = jdbc.sql("select comment from frontdoor.feedback where " + released + period + " order by id limit :size offset :offset")
			.param("unit", units)
			.param("from", from.atDay(1))
			.param("today", today)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(String.class)
			.list();
		long[][] cells = new long[Question.values().length][Answer.values().length];
		counts.forEach((question, byAnswer) -> byAnswer.forEach((answer, n) -> cells[question.ordinal()][answer.ordinal()] = n));
		return new Summary(unitId, from, to, answers, minimum, true, counts, smallCounts.suppress(cells, true, false),
				new PageOf<>(comments, page, commented), releaseOf(today));
	}

	/** The units that have feedback, for those who may look at any unit's. */
	@Transactional(readOnly = true)
	List<UUID> unitsWithFeedback() {
		return jdbc.sql("select distinct unit_id from frontdoor.feedback").query(UUID.class).list();
	}

	private void logRead(SignedInUser user, Asked asked) {
		String kind = asked.about() == About.CONTACT ? Contacts.KIND : Bookings.KIND;
		accessLog.record(Access.read(user, kind, asked.id(), user.residentId(), asked.about() == About.CONTACT ? "the resident's own contact"
				: "the resident's own booking"));
	}
}
