package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.DueState;
import fi.yhdessa.casework.WorkItem;
import fi.yhdessa.platform.AccountSummary;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Mail;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's list of what is due: assessment starts and completions, plan reviews, hand-offs to
 * answer, waiting for an answer or returned, and for supervisors break-glass uses to review; the
 * overdue first. The user's own cases carry their family's name, read and logged once per page
 * ({@link WorklistNames}); other cases (hand-offs offered to the unit, break-glass uses to review)
 * are named by reference only.
 */
@Service
@Transactional(readOnly = true)
public class Worklist {

	private static final Logger log = LoggerFactory.getLogger(Worklist.class);
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	static final int PAGE = 50;

	/**
	 * Everything due for the given open cases, the hand-offs the given workers sent, and what waits
	 * for {@code :me}. Every branch starts from an index on ids it is given, so the plan PostgreSQL
	 * keeps for the prepared statement stays good whatever the parameters.
	 */
	private static final String ITEMS = """
			select 'ASSESSMENT_START' as kind, c.id as case_id, c.reference, a.start_due as due, a.id as item_id, c.responsible_worker as worker
			  from casework.assessment a join casework.client_case c on c.id = a.case_id
			  where a.case_id = any(:cases) and a.completed_on is null and a.started_on is null and a.start_due is not null
			union all
			select 'ASSESSMENT_COMPLETION', c.id, c.reference, a.completion_due, a.id, c.responsible_worker
			  from casework.assessment a join casework.client_case c on c.id = a.case_id
			  where a.case_id = any(:cases) and a.completed_on is null and a.completion_due is not null and (a.started_on is not null or a.start_due is null)
			union all
			select 'PLAN_REVIEW', p.case_id, p.reference, p.review_on, null, p.responsible_worker from (
			  select distinct on (v.case_id) v.case_id, c.reference, v.review_on, c.responsible_worker
			  from casework.plan_version v join casework.client_case c on c.id = v.case_id
			  where v.case_id = any(:cases)
			  order by v.case_id, v.version desc) p where p.review_on is not null
			union all
			select 'HANDOFF_AWAITING_ANSWER', c.id, c.reference, h.answer_due, h.id, h.from_worker
			  from casework.handoff h join casework.client_case c on c.id = h.case_id
			  where h.from_worker = any(:workers) and h.status = 'PROPOSED'
			union all
			select 'HANDOFF_RETURNED', c.id, c.reference, cast(h.answered_at at time zone 'Europe/Helsinki' as date), h.id, h.from_worker
			  from casework.handoff h join casework.client_case c on c.id = h.case_id
			  where h.from_worker = any(:workers) and h.status in ('DECLINED', 'EXPIRED') and h.returned_seen_at is null
			union all
			select 'HANDOFF_TO_ANSWER', c.id, c.reference, h.answer_due, h.id, cast(:me as uuid)
			  from casework.handoff h join casework.client_case c on c.id = h.case_id
			  where h.status = 'PROPOSED' and h.to_organisation = :organisation and (h.to_unit is null or h.to_unit = :unit)
			    and (h.to_worker is null or h.to_worker = :me) and :receives
			union all
			select 'BREAK_GLASS_REVIEW', c.id, c.reference, cast(b.opened_at at time zone 'Europe/Helsinki' as date), b.id, b.actor
			  from casework.break_glass b join casework.client_case c on c.id = b.case_id
			  where b.reviewed_at is null and c.unit_id = :unit and :supervises
			""";

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final Mail mail;
	private final CaseworkSettings settings;
	private final Clock clock;
	private final WorklistNames familyNames;

	Worklist(JdbcClient jdbc, Accounts accounts, Mail mail, CaseworkSettings settings, Clock clock, WorklistNames names) {
		this.familyNames = names;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	/** The worklist and the user's open cases, one page of each, with the family names of the user's own cases by case id. */
	public record View(PageOf<WorkItem> items, PageOf<CaseLine> cases, long overdue, Map<UUID, String> families) {

		public String familyOf(UUID caseId) {
			return families.get(caseId);
		}
	}

	/** One of the user's open cases, by reference. */
	public record CaseLine(UUID id, String reference, ClientCase.Origin origin, Instant openedAt) {
	}

	/** The user's own worklist; {@code team} gives a supervisor the items of every responsible worker of the unit. */
	@Transactional
	public View of(SignedInUser user, boolean team, int itemPage, int casePage) {
		List<UUID> workers = team && user.has(Role.SUPERVISOR) && user.unitId() != null ? accounts
			.ofUnit(user.unitId(), CaseAccess.RESPONSIBLE).stream().map(a -> a.id().value()).toList() : List.of(user.id().value());
		List<CaseLine> open = jdbc.sql("""
				select id, reference, origin, opened_at from casework.client_case where responsible_worker = any(:workers) and closed_at is null
				order by opened_at desc, id
				""")
			.param("workers", workers.toArray(UUID[]::new))
			.query((rs, n) -> new CaseLine(rs.getObject("id", UUID.class), rs.getString("reference"), ClientCase.Origin.valueOf(rs.getString("origin")),
					rs.getTimestamp("opened_at").toInstant()))
			.list();
		UUID[] cases = open.stream().map(CaseLine::id).toArray(UUID[]::new);
		PageRequest itemRequest = new PageRequest(itemPage, PAGE);
		LocalDate today = today();
		long[] counts = { 0, 0 };
		List<WorkItem> items = params(jdbc.sql("""
				select *, count(*) over () as total, count(*) filter (where due < :today) over () as overdue from (%s) items
				order by due, reference, kind limit :limit offset :offset
				""".formatted(ITEMS)), user, workers, cases)
			.param("today", today)
			.param("limit", itemRequest.size())
			.param("offset", itemRequest.offset())
			.query((rs, n) -> {
				counts[0] = rs.getLong("total");
				counts[1] = rs.getLong("overdue");
				return item(rs, today);
			})
			.list();
		if (items.isEmpty() && itemRequest.offset() > 0) {
			// Past the last page: the counts come from no row, so ask for them alone.
			long[] past = params(jdbc.sql("select count(*), count(*) filter (where due < :today) from (" + ITEMS + ") items"), user, workers, cases)
				.param("today", today)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			counts[0] = past[0];
			counts[1] = past[1];
		}
		Map<UUID, AccountSummary> names = team ? accounts.byIds(items.stream().map(WorkItem::worker).distinct().toList()) : Map.of();
		items = items.stream()
			.map(i -> new WorkItem(i.kind(), i.caseId(), i.caseReference(), i.due(), i.state(), i.itemId(), i.worker(),
					names.containsKey(i.worker()) ? names.get(i.worker()).displayName() : null))
			.toList();
		PageRequest caseRequest = new PageRequest(casePage, 25);
		List<CaseLine> casesShown = open.subList((int) Math.min(open.size(), caseRequest.offset()), (int) Math.min(open.size(), caseRequest.offset() + caseRequest.size()));
		java.util.Set<UUID> own = new java.util.LinkedHashSet<>();
		casesShown.forEach(line -> own.add(line.id()));
		java.util.Set<UUID> openIds = open.stream().map(CaseLine::id).collect(java.util.stream.Collectors.toSet());
		items.stream().map(WorkItem::caseId).filter(openIds::contains).forEach(own::add);
		return new View(new PageOf<>(items, itemRequest, counts[0]), new PageOf<>(casesShown, caseRequest, open.size()), counts[1], familyNames.of(user, own));
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, SignedInUser user, List<UUID> workers, UUID[] cases) {
		boolean receives = user.roles().stream().anyMatch(CaseAccess.CLIENT_WORK::contains);
		return spec.param("workers", workers.toArray(UUID[]::new))
			.param("cases", cases)
			.param("me", user.id().value())
			.param("organisation", user.organisationId())
			.param("unit", user.unitId())
			.param("receives", receives)
			.param("supervises", user.has(Role.SUPERVISOR));
	}

	private static WorkItem item(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("due", LocalDate.class);
		return new WorkItem(WorkItem.Kind.valueOf(rs.getString("kind")), rs.getObject("case_id", UUID.class), rs.getString("reference"), due,
				DueState.of(due, today), rs.getObject("item_id", UUID.class), rs.getObject("worker", UUID.class), null);
	}

	/**
	 * Sends the responsible worker a reminder a few days before an assessment's start or
	 * completion or a plan review falls due: once per item and deadline, whichever node gets there
	 * first, because the reminder row and the mail are written in one transaction.
	 */
	@Transactional
	public void sendReminders() {
		LocalDate today = today();
		LocalDate horizon = today.plusDays(settings.reminderDaysBefore());
		List<Due> due = jdbc.sql("""
				select 'ASSESSMENT_START' as kind, a.id as item, a.start_due as due, c.reference, c.responsible_worker as worker
				  from casework.assessment a join casework.client_case c on c.id = a.case_id
				  where c.closed_at is null and a.started_on is null and a.start_due between :today and :horizon
				union all
				select 'ASSESSMENT_COMPLETION', a.id, a.completion_due, c.reference, c.responsible_worker
				  from casework.assessment a join casework.client_case c on c.id = a.case_id
				  where c.closed_at is null and a.completed_on is null and a.completion_due between :today and :horizon
				union all
				select 'PLAN_REVIEW', v.case_id, v.review_on, c.reference, c.responsible_worker
				  from casework.plan_version v join casework.client_case c on c.id = v.case_id
				  where c.closed_at is null and v.review_on between :today and :horizon
				    and v.version = (select max(version) from casework.plan_version w where w.case_id = v.case_id)
				""")
			.param("today", today)
			.param("horizon", horizon)
			.query((rs, n) -> new Due(WorkItem.Kind.valueOf(rs.getString("kind")), rs.getObject("item", UUID.class), rs.getObject("due", LocalDate.class),
					rs.getString("reference"), rs.getObject("worker", UUID.class)))
			.list();
		if (due.isEmpty()) {
			return;
		}
		Map<UUID, AccountSummary> workers = accounts.byIds(due.stream().map(Due::worker).distinct().toList());
		int sent = 0;
		for (Due item : due) {
			AccountSummary worker = workers.get(item.worker());
			if (worker == null || worker.email() == null) {
				continue;
			}
			boolean first = jdbc.sql("insert into casework.reminder (item_kind, item_id, due, sent_at) values (:kind, :item, :due, :at) on conflict do nothing")
				.param("kind", item.kind().name())
				.param("item", item.item())
				.param("due", item.due())
				.param("at", Timestamp.from(Instant.now(clock)))
				.update() == 1;
			if (first) {
				mail.queue(worker.email(), "Yhdessä: " + item.reference(), reminder(item));
				sent++;
			}
		}
		if (sent > 0) {
			log.info("Queued {} casework reminders", sent);
		}
	}

	private record Due(WorkItem.Kind kind, UUID item, LocalDate due, String reference, UUID worker) {
	}

	/** The reminder in the three languages of the platform; it names the case by reference and nothing of the family. */
	private static String reminder(Due item) {
		String date = item.due().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
		String[] what = switch (item.kind()) {
			case ASSESSMENT_START -> new String[] { "palvelutarpeen arvioinnin aloitus", "inledandet av bedömningen av servicebehovet",
					"the start of the service-needs assessment" };
			case ASSESSMENT_COMPLETION -> new String[] { "palvelutarpeen arvioinnin valmistuminen", "slutförandet av bedömningen av servicebehovet",
					"the completion of the service-needs assessment" };
			default -> new String[] { "asiakassuunnitelman arviointi", "uppföljningen av klientplanen", "the review of the client plan" };
		};
		return """
				Asiakkuudessa %1$s erääntyy %2$s %5$s.
				I klientrelationen %1$s förfaller %3$s %5$s.
				In case %1$s, %4$s is due on %5$s.

				Yhdessä
				""".formatted(item.reference(), what[0], what[1], what[2], date);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FINLAND));
	}
}
