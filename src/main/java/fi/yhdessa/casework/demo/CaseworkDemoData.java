package fi.yhdessa.casework.demo;

import fi.yhdessa.casework.Assessment;
import fi.yhdessa.casework.DemoFamily;
import fi.yhdessa.casework.DemoMember;
import fi.yhdessa.casework.DemoVolume;
import fi.yhdessa.casework.DemoWorker;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.platform.WorkingDays;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The synthetic client work of the demo region. The two demo workers get forty open cases each
 * with assessments (some overdue), plans, teams, consents, hand-offs in every state and a shared
 * family; the rest of the volume is closed history and the open cases of synthetic colleagues, so
 * that the region scale has the size of a county's client work. Journal entries are generated in
 * the database.
 */
@Component
public class CaseworkDemoData {

	private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	static final int OPEN_PER_WORKER = 40;
	private static final int BATCH = 2_000;
	private static final String[] JOURNAL = { "Kotikäynti. Perheen arki on sujunut viikon aikana paremmin.", "Puhelu äidin kanssa; sovittiin seuraava tapaaminen.",
			"Verkostopalaveri päiväkodin ja neuvolan kanssa. Tavoitteet käyty läpi yhdessä perheen kanssa.",
			"Lapsi kertoi omin sanoin koulupäivistään ja kavereistaan.", "Perhetyöntekijän käynti: iltarutiineja harjoiteltiin.",
			"Isä toivoi tukea taloudellisiin asioihin; ohjattu talous- ja velkaneuvontaan.", "Tapaaminen peruuntui sairastumisen vuoksi; uusi aika sovittu.",
			"Asiakassuunnitelman tavoitteita arvioitu: aamut sujuvat, nukkumaanmeno vaatii vielä tukea." };

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;
	private final WorkingDays workingDays;
	private final Clock clock;
	private final Consents consents;
	/** The consents this generation has recorded, by family and organisation: given once, then shared by the team and the hand-off. */
	private final Map<List<UUID>, UUID> recorded = new HashMap<>();

	CaseworkDemoData(JdbcClient jdbc, JdbcTemplate batches, WorkingDays workingDays, Clock clock, Consents consents) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.batches = batches;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	private record Row(UUID id, String reference, UUID familyId, UUID worker, UUID unit, UUID organisation, Instant openedAt, Instant closedAt,
			String outcome) {
	}

	public void generate(DemoVolume volume) {
		recorded.clear();
		long started = System.nanoTime();
		Random random = new Random(volume.seed());
		LocalDate today = LocalDate.now(clock.withZone(FINLAND));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
		int familyCount = Math.min(volume.families().size(), volume.cases());
		List<UUID> familyIds = new ArrayList<>();
		List<Object[]> families = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		for (int f = 0; f < familyCount; f++) {
			DemoFamily family = volume.families().get(f);
			UUID id = new UUID(volume.seed(), f);
			familyIds.add(id);
			String name = family.members().stream().filter(DemoMember::guardian).findFirst().orElse(family.members().getFirst()).lastName();
			families.add(new Object[] { id, name, family.municipality(), Timestamp.from(now.minus(400 + random.nextInt(2000), ChronoUnit.DAYS)), "demo" });
			for (DemoMember m : family.members()) {
				members.add(new Object[] { UUID.randomUUID(), id, m.residentId(), m.firstNames(), m.lastName(), m.personalIdentityCode(), Date.valueOf(m.birthDate()),
						m.guardian() ? "GUARDIAN" : m.child() ? "CHILD" : "OTHER" });
			}
		}
		batches.batchUpdate("insert into casework.family (id, name, municipality_code, created_at, created_by) values (?, ?, ?, ?, ?)", families, BATCH, CaseworkDemoData::setAll);
		batches.batchUpdate("""
				insert into casework.member (id, family_id, resident_id, first_names, last_name, personal_identity_code, birth_date, relation)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
				""", members, BATCH, CaseworkDemoData::setAll);

		// Synthetic colleagues hold the open cases beyond the demo workers' own, about one in twelve of the rest.
		List<UUID> colleagues = new ArrayList<>();
		for (int w = 0; w < Math.max(1, volume.cases() / 600); w++) {
			colleagues.add(new UUID(volume.seed() + 1, w));
		}
		List<Row> rows = new ArrayList<>();
		int year = today.getYear();
		List<Long> numbers = jdbc.sql("select nextval('casework.case_number') from generate_series(1, :n)").param("n", volume.cases()).query(Long.class).list();
		for (int i = 0; i < volume.cases(); i++) {
			UUID familyId = familyIds.get(i % familyCount);
			boolean first = i < familyCount;
			DemoWorker holder = i < OPEN_PER_WORKER ? volume.worker() : i < 2 * OPEN_PER_WORKER ? volume.worker2() : null;
			boolean open = first && (holder != null || random.nextInt(12) == 0);
			UUID worker = holder != null ? holder.accountId() : colleagues.get(random.nextInt(colleagues.size()));
			UUID unit = holder != null ? holder.unitId() : (random.nextBoolean() ? volume.worker() : volume.worker2()).unitId();
			Instant opened = first ? now.minus(5 + random.nextInt(holder != null ? 150 : 700), ChronoUnit.DAYS)
					: now.minus(800 + random.nextInt(2500), ChronoUnit.DAYS);
			Instant closed = open ? null : opened.plus(60 + random.nextInt(400), ChronoUnit.DAYS);
			if (closed != null && closed.isAfter(now)) {
				closed = now.minus(1, ChronoUnit.DAYS);
			}
			String reference = "AS-%d-%06d".formatted(year, numbers.get(i));
			rows.add(new Row(new UUID(volume.seed() + 2, i), reference, familyId, worker, unit, volume.worker().organisationId(), opened, closed,
					open ? null : List.of("GOALS_MET", "SERVICES_CONTINUE_ELSEWHERE", "MOVED_AWAY", "NO_NEED").get(random.nextInt(4))));
		}
		batches.batchUpdate("""
				insert into casework.client_case (id, reference, family_id, unit_id, organisation_id, origin, opened_at, opened_by, responsible_worker,
				  closed_at, closed_by, close_reason, outcome)
				values (?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?)
				""", rows, BATCH, (ps, r) -> {
			ps.setObject(1, r.id());
			ps.setString(2, r.reference());
			ps.setObject(3, r.familyId());
			ps.setObject(4, r.unit());
			ps.setObject(5, r.organisation());
			ps.setString(6, r.id().getLeastSignificantBits() % 3 == 0 ? "CONTACT" : "DIRECT");
			ps.setTimestamp(7, Timestamp.from(r.openedAt()));
			ps.setObject(8, r.worker());
			ps.setTimestamp(9, r.closedAt() == null ? null : Timestamp.from(r.closedAt()));
			ps.setString(10, r.closedAt() == null ? null : "demo");
			ps.setString(11, r.closedAt() == null ? null : "Asiakkuuden tavoitteet arvioitu yhdessä perheen kanssa.");
			ps.setString(12, r.outcome());
		});
		batches.batchUpdate("insert into casework.responsibility (case_id, since, worker, reason, changed_by) values (?, ?, ?, '@responsibility.opened', 'demo')", rows,
				BATCH, (ps, r) -> {
					ps.setObject(1, r.id());
					ps.setTimestamp(2, Timestamp.from(r.openedAt()));
					ps.setObject(3, r.worker());
				});
		List<Row> demoCases = rows.subList(0, Math.min(rows.size(), 2 * OPEN_PER_WORKER));
		for (int i = 0; i < demoCases.size(); i++) {
			Row row = demoCases.get(i);
			boolean mine = i < OPEN_PER_WORKER;
			int n = mine ? i : i - OPEN_PER_WORKER;
			assessment(row, n, random, today);
			if (n % 5 != 4) {
				plan(row, n, random, today, now, mine ? volume.worker() : volume.worker2());
			}
			if (n % 3 == 0 && !volume.teamWorkers().isEmpty()) {
				DemoWorker member = volume.teamWorkers().get(n % volume.teamWorkers().size());
				team(row, member, null, "Sosiaalihuoltolaki 1301/2014 41 §", now);
			}
			if (n == 0 || n % 7 == 1) {
				UUID consent = consent(row, volume.partner().organisationId(), now);
				if (n == 0) {
					team(row, volume.partner(), consent, null, now);
				}
			}
		}
		if (demoCases.size() == 2 * OPEN_PER_WORKER) {
			handoffs(demoCases, volume, today, now);
			jdbc.sql("""
					insert into casework.break_glass (id, case_id, actor, actor_name, unit_id, reason, opened_at, expires_at)
					values (:id, :case, :actor, :name, :unit, 'Sosiaalipäivystys: lapsi tavattu yöllä yksin, huoltajaa ei tavoitettu.', :at, :until)
					""")
				.param("id", new UUID(volume.seed() + 3, 1))
				.param("case", demoCases.get(6).id())
				.param("actor", volume.worker2().accountId())
				.param("name", volume.worker2().displayName())
				.param("unit", volume.worker2().unitId())
				.param("at", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
				.param("until", Timestamp.from(now.minus(2, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS)))
				.update();
		}
		journal(volume);
		log.info("Generated casework: {} families, {} cases ({} open), {} journal entries ({} ms)", familyCount, rows.size(),
				rows.stream().filter(r -> r.closedAt() == null).count(), volume.journalEntries(), (System.nanoTime() - started) / 1_000_000);
	}

	private void assessment(Row row, int n, Random random, LocalDate today) {
		LocalDate initiated = n % 4 == 1 ? today.minusDays(15 + random.nextInt(10)) : today.minusDays(1 + random.nextInt(120));
		boolean special = n % 2 == 1 || n == 0;
		LocalDate startDue = special ? workingDays.afterWorkingDays(initiated, Assessment.START_WORKING_DAYS) : null;
		LocalDate completionDue = special ? workingDays.afterMonths(initiated, Assessment.COMPLETION_MONTHS) : null;
		boolean overdueStart = n % 4 == 1;
		LocalDate startedOn = overdueStart ? null : initiated.plusDays(Math.min(3, Math.max(0, today.toEpochDay() - initiated.toEpochDay())));
		boolean complete = startedOn != null && (n == 0 || n % 6 == 0) && !startedOn.isAfter(today.minusDays(1));
		jdbc.sql("""
				insert into casework.assessment (id, case_id, initiated_on, special_support, start_due, started_on, completion_due, completed_on, participants,
				  family_view, child_view, findings, conclusion, services_needed, child_welfare_investigation, recorded_by)
				values (:id, :case, :initiated, :special, :startDue, :started, :completionDue, :completed, :participants, :familyView, :childView,
				  cast(:findings as jsonb), :conclusion, :services, :investigation, 'demo')
				""")
			.param("id", new UUID(row.id().getMostSignificantBits(), row.id().getLeastSignificantBits() + 1))
			.param("case", row.id())
			.param("initiated", initiated)
			.param("special", special)
			.param("startDue", startDue)
			.param("started", startedOn)
			.param("completionDue", completionDue)
			.param("completed", complete ? today.minusDays(1) : null)
			.param("participants", new String[] { "perhesosiaalityö", "neuvola", n % 3 == 0 ? "varhaiskasvatus" : "perheneuvola" })
			.param("familyView", startedOn == null ? null : "Vanhemmat kertovat, että arki on raskasta ja he toivovat apua iltoihin.")
			.param("childView", startedOn == null ? null : "Lapsi toivoo, että kotona olisi rauhallisempaa ja että isä jaksaisi leikkiä.")
			.param("findings", startedOn == null ? "{}" : "{\"DAILY_LIFE\": \"Aamut ja illat ovat vaikeita.\", \"PARENTING\": \"Vanhemmat ovat väsyneitä.\"}")
			.param("conclusion", complete ? "Perhe tarvitsee perhetyötä kotiin ja vertaistukea." : null)
			.param("services", complete ? new String[] { "perhetyö", "vertaistukiryhmä" } : new String[0])
			.param("investigation", n % 10 == 3)
			.update();
	}

	private void plan(Row row, int n, Random random, LocalDate today, Instant now, DemoWorker author) {
		int versions = n % 3 == 0 ? 2 : 1;
		for (int v = 1; v <= versions; v++) {
			// The first demo family's newest version waits for the family's answer in the portal.
			boolean agreed = v < versions || (n % 2 == 0 && n != 0);
			jdbc.sql("""
					insert into casework.plan_version (case_id, version, goals, measures, commitments, review_on, written_at, written_by, agreed_at, agreement_note,
					  agreement_recorded_by)
					values (:case, :version, cast(:goals as jsonb), cast(:measures as jsonb), cast(:commitments as jsonb), :review, :at, :by, :agreed, :note, :agreedBy)
					""")
				.param("case", row.id())
				.param("version", v)
				.param("goals", "[\"Aamut sujuvat ilman riitaa\", \"Lapsi nukkuu yönsä omassa sängyssä\"]")
				.param("measures", "[{\"service\": \"perhetyö\", \"who\": \"perhetyöntekijä\", \"byWhen\": \"%s\"}]".formatted(today.plusMonths(2)))
				.param("commitments", "[\"Menemme nukkumaan kello 21\", \"Kerromme, jos arki alkaa taas kuormittaa\"]")
				.param("review", v == versions ? today.plusDays(-10 + random.nextInt(70)) : null)
				.param("at", Timestamp.from(now.minus(30L / v, ChronoUnit.DAYS)))
				.param("by", author.username())
				.param("agreed", agreed ? Timestamp.from(now.minus(29L / v, ChronoUnit.DAYS)) : null)
				.param("note", agreed ? "Sovittu yhdessä tapaamisessa." : null)
				.param("agreedBy", agreed ? author.username() : null)
				.update();
		}
	}

	private void team(Row row, DemoWorker member, UUID consent, String legalBasis, Instant now) {
		jdbc.sql("""
				insert into casework.team_member (id, case_id, worker, organisation_id, unit_id, team_role, consent_id, legal_basis, joined_at, joined_by)
				values (:id, :case, :worker, :organisation, :unit, :role, :consent, :basis, :at, 'demo') on conflict do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("case", row.id())
			.param("worker", member.accountId())
			.param("organisation", member.organisationId())
			.param("unit", member.unitId())
			.param("role", consent != null ? "vertaistuki" : "terveydenhoitaja")
			.param("consent", consent)
			.param("basis", legalBasis)
			.param("at", Timestamp.from(now.minus(20, ChronoUnit.DAYS)))
			.update();
	}

	/** The consent a guardian gave to share with an organisation, recorded through the consent module as a worker records one. */
	private UUID consent(Row row, UUID organisation, Instant now) {
		return recorded.computeIfAbsent(List.of(row.familyId(), organisation), key -> record(row, organisation, now));
	}

	private UUID record(Row row, UUID organisation, Instant now) {
		String guardian = jdbc.sql("select first_names || ' ' || last_name from casework.member where family_id = :family order by relation desc limit 1")
			.param("family", row.familyId())
			.query(String.class)
			.optional()
			.orElse("huoltaja");
		return consents.record(new Consents.Decision(row.familyId(), guardian, organisation, Consent.Decision.CONSENT, Consent.Scope.ANY,
				LocalDate.ofInstant(now, FINLAND).minusDays(25), null), "demo").id();
	}

	/** Hand-offs in every state, and a family the two workers share. */
	private void handoffs(List<Row> cases, DemoVolume volume, LocalDate today, Instant now) {
		DemoWorker worker = volume.worker();
		DemoWorker worker2 = volume.worker2();
		handoff(cases.get(1), worker, worker2.organisationId(), worker2.unitId(), null, "PROPOSED", today.plusDays(3), null, null, "Sosiaalihuoltolaki 1301/2014 41 §", now);
		handoff(cases.get(2), worker, volume.partner().organisationId(), null, volume.partner(), "DECLINED", today.minusDays(2),
				"Vertaistukiryhmä on täynnä keväälle.", null, null, now);
		handoff(cases.get(3), worker, worker2.organisationId(), worker2.unitId(), null, "EXPIRED", today.minusDays(1), null, null,
				"Sosiaalihuoltolaki 1301/2014 41 §", now);
		handoff(cases.get(4), worker, worker2.organisationId(), worker2.unitId(), worker2, "COMPLETED", today.minusDays(10), null, today.minusDays(4),
				"Sosiaalihuoltolaki 1301/2014 41 §", now);
		handoff(cases.get(5), worker, worker2.organisationId(), worker2.unitId(), worker2, "ACCEPTED", today.minusDays(3), null, null,
				"Sosiaalihuoltolaki 1301/2014 41 §", now);
		handoff(cases.get(OPEN_PER_WORKER), worker2, worker.organisationId(), worker.unitId(), null, "PROPOSED", today.plusDays(2), null, null,
				"Sosiaalihuoltolaki 1301/2014 41 §", now);
		handoff(cases.get(OPEN_PER_WORKER + 1), worker2, worker.organisationId(), worker.unitId(), worker, "ACCEPTED", today.minusDays(5), null, null,
				"Sosiaalihuoltolaki 1301/2014 41 §", now);
		for (int i : new int[] { 4, 5 }) {
			team(cases.get(i), worker2, null, "Saattaen vaihto: Sosiaalihuoltolaki 1301/2014 41 §", now);
		}
		team(cases.get(OPEN_PER_WORKER + 1), worker, null, "Saattaen vaihto: Sosiaalihuoltolaki 1301/2014 41 §", now);
	}

	private void handoff(Row row, DemoWorker from, UUID organisation, UUID unit, DemoWorker answeredBy, String status, LocalDate due,
			String declineReason, LocalDate firstMeeting, String legalBasis, Instant now) {
		UUID consent = legalBasis != null ? null : consent(row, organisation, now);
		boolean answered = !status.equals("PROPOSED");
		jdbc.sql("""
				insert into casework.handoff (id, case_id, from_worker, from_unit, to_organisation, to_unit, context, consent_id, legal_basis, status, proposed_at,
				  answer_due, answered_at, answered_by, decline_reason, first_meeting_on)
				values (:id, :case, :from, :fromUnit, :organisation, :unit, :context, :consent, :basis, :status, :proposed, :due, :answered, :by, :reason, :met)
				""")
			.param("id", UUID.randomUUID())
			.param("case", row.id())
			.param("from", from.accountId())
			.param("fromUnit", from.unitId())
			.param("organisation", organisation)
			.param("unit", unit)
			.param("context", "Perhe on tavannut vastuutyöntekijää kuukauden ajan. Vanhemmat toivovat tukea arkeen ja lapsi vertaisryhmää.")
			.param("consent", consent)
			.param("basis", legalBasis)
			.param("status", status)
			.param("proposed", Timestamp.from(now.minus(8, ChronoUnit.DAYS)))
			.param("due", due)
			.param("answered", answered ? Timestamp.from(now.minus(2, ChronoUnit.DAYS)) : null)
			.param("by", answeredBy == null || status.equals("EXPIRED") ? null : answeredBy.accountId())
			.param("reason", declineReason)
			.param("met", firstMeeting)
			.update();
	}

	private static void setAll(java.sql.PreparedStatement ps, Object[] values) throws java.sql.SQLException {
		for (int i = 0; i < values.length; i++) {
			ps.setObject(i + 1, values[i]);
		}
	}

	/** Journal entries spread over all cases, written in the database for speed. */
	private void journal(DemoVolume volume) {
		long cases = jdbc.sql("select count(*) from casework.client_case").query(Long.class).single();
		if (cases == 0 || volume.journalEntries() <= 0) {
			return;
		}
		int perCase = (int) Math.max(1, volume.journalEntries() / cases);
		jdbc.sql("""
				insert into casework.journal_entry (id, case_id, written_at, author, author_name, organisation_id, body)
				select gen_random_uuid(), c.id, least(coalesce(c.closed_at, now()), c.opened_at + g * interval '4 days'), 'demo', 'Demotyöntekijä', c.organisation_id,
				       (cast(:bodies as text[]))[1 + abs(hashtext(c.id::text || g)) % :count]
				from casework.client_case c cross join generate_series(1, :perCase) g
				""")
			.param("bodies", JOURNAL)
			.param("count", JOURNAL.length)
			.param("perCase", perCase)
			.update();
	}
}
