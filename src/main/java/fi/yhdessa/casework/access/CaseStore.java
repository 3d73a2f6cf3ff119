package fi.yhdessa.casework.access;

import fi.yhdessa.casework.Assessment;
import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.GuardianRestriction;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.HiddenPart;
import fi.yhdessa.casework.JournalEntry;
import fi.yhdessa.casework.LifeArea;
import fi.yhdessa.casework.Member;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Responsibility;
import fi.yhdessa.casework.TeamMember;
import fi.yhdessa.platform.Accounts;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads casework's rows. It checks nothing: the services ask {@link CaseAccess} first. */
@Component
public class CaseStore {

	public static final String CASE_COLUMNS = "c.*, f.name as family_name";
	public static final String CASE_FROM = "casework.client_case c join casework.family f on f.id = c.family_id";
	/** The people a family's access-log entries name: each member's resident account where there is one, else the member. */
	private static final String SUBJECTS_OF_FAMILY = "select coalesce(m.resident_id, m.id) from casework.member m where m.family_id = ";
	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Accounts accounts;

	CaseStore(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public Optional<ClientCase> clientCase(UUID id) {
		return jdbc.sql("select " + CASE_COLUMNS + " from " + CASE_FROM + " where c.id = :id").param("id", id).query(CaseStore::clientCase).optional();
	}

	public List<Member> members(UUID familyId) {
		return jdbc.sql("select * from casework.member where family_id = :family order by relation, birth_date")
			.param("family", familyId)
			.query(CaseStore::member)
			.list();
	}

	/** The parts of the case its young person hides from their guardians, while the worker's record that they may is in force. */
	public Set<HiddenPart> hiddenFromGuardians(UUID caseId) {
		Set<HiddenPart> hidden = EnumSet.noneOf(HiddenPart.class);
		jdbc.sql("""
				select h.part from casework.hidden_part h
				where h.case_id = :case and h.revealed_at is null
				  and exists (select 1 from casework.guardian_restriction r where r.case_id = :case and r.ended_at is null)
				""")
			.param("case", caseId)
			.query(String.class)
			.list()
			.forEach(part -> hidden.add(HiddenPart.valueOf(part)));
		return hidden;
	}

	/** The worker's record, in force, that the case's young person may forbid disclosure to their guardians. */
	public Optional<GuardianRestriction> restriction(UUID caseId) {
		return jdbc.sql("select * from casework.guardian_restriction where case_id = :case and ended_at is null")
			.param("case", caseId)
			.query((rs, n) -> new GuardianRestriction(rs.getString("grounds"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	/** A case with the people its access-log entries name (as {@link #subjects}), read in one statement. */
	record CaseAndSubjects(ClientCase clientCase, List<UUID> subjects) {
	}

	Optional<CaseAndSubjects> caseAndSubjects(UUID id) {
		return jdbc.sql("select " + CASE_COLUMNS + ", array(" + SUBJECTS_OF_FAMILY + "c.family_id) as subjects from " + CASE_FROM
				+ " where c.id = :id")
			.param("id", id)
			.query((rs, row) -> new CaseAndSubjects(clientCase(rs, row), List.of((UUID[]) rs.getArray("subjects").getArray())))
			.optional();
	}

	List<UUID> subjects(UUID familyId) {
		return jdbc.sql(SUBJECTS_OF_FAMILY + ":family")
			.param("family", familyId)
			.query(UUID.class)
			.list();
	}

	public Optional<TeamMember> activeMembership(UUID caseId, UUID worker) {
		return jdbc.sql("select *, null as worker_name from casework.team_member where case_id = :case and worker = :worker and left_at is null")
			.param("case", caseId)
			.param("worker", worker)
			.query(CaseStore::teamMember)
			.optional();
	}

	public List<TeamMember> team(UUID caseId) {
		List<TeamMember> team = jdbc.sql("select *, null as worker_name from casework.team_member where case_id = :case order by left_at nulls first, joined_at")
			.param("case", caseId)
			.query(CaseStore::teamMember)
			.list();
		Map<UUID, String> names = names(team.stream().map(TeamMember::worker).toList());
		return team.stream()
			.map(t -> new TeamMember(t.id(), t.caseId(), t.worker(), names.get(t.worker()), t.organisationId(), t.unitId(), t.teamRole(), t.consentId(),
					t.legalBasis(), t.joinedAt(), t.joinedBy(), t.leftAt()))
			.toList();
	}

	List<Responsibility> responsibilities(UUID caseId) {
		List<Responsibility> periods = jdbc.sql("select * from casework.responsibility where case_id = :case order by since desc")
			.param("case", caseId)
			.query((rs, n) -> new Responsibility(rs.getObject("case_id", UUID.class), instant(rs, "since"), rs.getObject("worker", UUID.class), null,
					rs.getString("reason"), rs.getString("changed_by")))
			.list();
		Map<UUID, String> names = names(periods.stream().map(Responsibility::worker).toList());
		return periods.stream().map(r -> new Responsibility(r.caseId(), r.since(), r.worker(), names.get(r.worker()), r.reason(), r.changedBy())).toList();
	}

	/** Display names of workers by account id. */
	Map<UUID, String> names(Collection<UUID> workers) {
		Map<UUID, String> names = new HashMap<>();
		accounts.byIds(new HashSet<>(workers)).forEach((id, account) -> names.put(id, account.displayName()));
		return names;
	}

	List<Assessment> assessments(UUID caseId) {
		return jdbc.sql("select * from casework.assessment where case_id = :case order by initiated_on desc, id")
			.param("case", caseId)
			.query(CaseStore::assessment)
			.list();
	}

	public Optional<Assessment> assessment(UUID id) {
		return jdbc.sql("select * from casework.assessment where id = :id").param("id", id).query(CaseStore::assessment).optional();
	}

	public List<PlanVersion> plans(UUID caseId) {
		return jdbc.sql("select * from casework.plan_version where case_id = :case order by version desc")
			.param("case", caseId)
			.query(CaseStore::plan)
			.list();
	}

	public List<Handoff> handoffs(UUID caseId) {
		return jdbc.sql("select h.*, c.reference as case_reference, c.family_id from casework.handoff h join casework.client_case c on c.id = h.case_id "
				+ "where h.case_id = :case order by h.proposed_at desc").param("case", caseId).query(CaseStore::handoff).list();
	}

	public Optional<Handoff> handoff(UUID id) {
		return jdbc.sql("select h.*, c.reference as case_reference, c.family_id from casework.handoff h join casework.client_case c on c.id = h.case_id "
				+ "where h.id = :id").param("id", id).query(CaseStore::handoff).optional();
	}

	List<JournalEntry> journal(UUID caseId, int limit, int offset) {
		return jdbc.sql("select * from casework.journal_entry where case_id = :case order by written_at desc, id limit :limit offset :offset")
			.param("case", caseId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new JournalEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), instant(rs, "written_at"),
					rs.getString("author"), rs.getString("author_name"), rs.getObject("organisation_id", UUID.class), rs.getString("body"),
					rs.getObject("corrects", UUID.class)))
			.list();
	}

	long journalSize(UUID caseId) {
		return jdbc.sql("select count(*) from casework.journal_entry where case_id = :case").param("case", caseId).query(Long.class).single();
	}

	/** The family's hand-offs that did not land (declined or expired), and how many hand-offs were re-routed after one. */
	Bounces bounces(UUID familyId) {
		return jdbc.sql("""
				select count(*) filter (where h.status = 'DECLINED') as declined, count(*) filter (where h.status = 'EXPIRED') as expired,
				       count(*) filter (where h.replaces is not null) as rerouted
				from casework.handoff h join casework.client_case c on c.id = h.case_id where c.family_id = :family
				""").param("family", familyId).query((rs, n) -> new Bounces(rs.getInt("declined"), rs.getInt("expired"), rs.getInt("rerouted"))).single();
	}

	/** The bounce figure of a family: hand-offs declined, expired or re-routed. */
	public record Bounces(int declined, int expired, int rerouted) {

		public int total() {
			return declined + expired + rerouted;
		}
	}

	public static ClientCase clientCase(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new ClientCase(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("family_id", UUID.class),
				rs.getString("family_name"), rs.getObject("child_id", UUID.class), rs.getObject("unit_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), ClientCase.Origin.valueOf(rs.getString("origin")), rs.getString("origin_reference"),
				instant(rs, "opened_at"), rs.getString("opened_by"), rs.getObject("responsible_worker", UUID.class), instant(rs, "closed_at"),
				rs.getString("close_reason"), outcome == null ? null : ClientCase.Outcome.valueOf(outcome), ClientCase.Kind.valueOf(rs.getString("kind")));
	}

	public static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), rs.getObject("resident_id", UUID.class),
				rs.getString("first_names"), rs.getString("last_name"), rs.getString("personal_identity_code"),
				rs.getObject("birth_date", LocalDate.class), Member.Relation.valueOf(rs.getString("relation")));
	}

	static TeamMember teamMember(ResultSet rs, int row) throws SQLException {
		return new TeamMember(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("worker", UUID.class),
				rs.getString("worker_name"), rs.getObject("organisation_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("team_role"),
				rs.getObject("consent_id", UUID.class), rs.getString("legal_basis"), instant(rs, "joined_at"), rs.getString("joined_by"),
				instant(rs, "left_at"));
	}

	public static Assessment assessment(ResultSet rs, int row) throws SQLException {
		Map<String, String> stored = JSON.readValue(rs.getString("findings"), new TypeReference<Map<String, String>>() {
		});
		Map<LifeArea, String> findings = new EnumMap<>(LifeArea.class);
		stored.forEach((area, text) -> findings.put(LifeArea.valueOf(area), text));
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getObject("initiated_on", LocalDate.class),
				rs.getBoolean("special_support"), rs.getObject("start_due", LocalDate.class), rs.getObject("started_on", LocalDate.class),
				rs.getObject("completion_due", LocalDate.class), rs.getObject("completed_on", LocalDate.class), strings(rs.getArray("participants")),
				rs.getString("family_view"), rs.getString("child_view"), findings, rs.getString("conclusion"), strings(rs.getArray("services_needed")),
				rs.getBoolean("child_welfare_investigation"), rs.getString("recorded_by"));
	}

	public static PlanVersion plan(ResultSet rs, int row) throws SQLException {
		return new PlanVersion(rs.getObject("case_id", UUID.class), rs.getInt("version"),
				JSON.readValue(rs.getString("goals"), new TypeReference<List<String>>() {
				}), JSON.readValue(rs.getString("measures"), new TypeReference<List<PlanVersion.Measure>>() {
				}), JSON.readValue(rs.getString("commitments"), new TypeReference<List<String>>() {
				}), rs.getObject("review_on", LocalDate.class), instant(rs, "written_at"), rs.getString("written_by"), instant(rs, "agreed_at"),
				rs.getString("agreement_note"), rs.getString("agreement_recorded_by"));
	}

	public static Handoff handoff(ResultSet rs, int row) throws SQLException {
		return new Handoff(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_reference"),
				rs.getObject("family_id", UUID.class), rs.getObject("from_worker", UUID.class), rs.getObject("from_unit", UUID.class), rs.getObject("to_organisation", UUID.class),
				rs.getObject("to_unit", UUID.class), rs.getObject("to_worker", UUID.class), rs.getBoolean("transfer"), rs.getString("context"),
				rs.getObject("consent_id", UUID.class), rs.getString("legal_basis"), rs.getObject("replaces", UUID.class),
				Handoff.Status.valueOf(rs.getString("status")), instant(rs, "proposed_at"), rs.getObject("answer_due", LocalDate.class),
				instant(rs, "answered_at"), rs.getObject("answered_by", UUID.class), rs.getString("decline_reason"),
				rs.getObject("first_meeting_on", LocalDate.class), instant(rs, "returned_seen_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
	}
}
