package fi.yhdessa.casework.access;

import fi.yhdessa.casework.Assessment;
import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.casework.JournalEntry;
import fi.yhdessa.casework.Member;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.Responsibility;
import fi.yhdessa.casework.SystemText;
import fi.yhdessa.casework.TeamMember;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.AccountId;
import fi.yhdessa.platform.AccountSummary;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.PersonalIdentityCode;
import fi.yhdessa.platform.ResidentRegister;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.population.Population;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client relationship: families and their cases, the responsible worker with its history, the
 * team around the family, the journal and closing. Every method asks {@link CaseAccess} first, which
 * logs the access in this transaction.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class Cases {

	public static final int JOURNAL_PAGE = 20;
	/** The longest journal entry. */
	public static final int JOURNAL_MAX = 20_000;
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final Accounts accounts;
	private final Consents consents;
	private final Population population;
	private final Clock clock;
	private final CaseContexts contexts;
	private final Network network;
	private final ClientCaseStore cases;
	private final Outcomes outcomes;

	Cases(JdbcClient jdbc, CaseStore store, CaseAccess access, Accounts accounts, Consents consents, Population population, Clock clock,
			CaseContexts contexts, Network network, ClientCaseStore cases, Outcomes outcomes) {
		this.outcomes = outcomes;
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.accounts = accounts;
		this.consents = consents;
		this.population = population;
		this.clock = clock;
		this.contexts = contexts;
		this.network = network;
		this.cases = cases;
	}

	/** All a case page shows, read under one access-log entry. */
	public record CaseView(ClientCase clientCase, Relationship relationship, List<Member> members, List<Responsibility> responsibilities, List<TeamMember> team,
			List<Assessment> assessments, List<PlanVersion> plans, List<Handoff> handoffs, List<JournalEntry> journal, long journalSize,
			CaseStore.Bounces bounces, List<Consent> consents, String responsibleName, List<Outcomes.GoalRating> goalRatings,
			Map<EverydayRating.Stage, Integer> everyday) {

		public Member child() {
			return members.stream().filter(m -> m.id().equals(clientCase.childId())).findFirst().orElse(null);
		}

		public PlanVersion plan() {
			return plans.isEmpty() ? null : plans.getFirst();
		}
	}

	/** Opens a case for a new family; the opener is responsible unless another worker is named. */
	public UUID open(SignedInUser user, Commands.OpenCase command) {
		if (user.roles().stream().noneMatch(CaseAccess.RESPONSIBLE::contains) && !user.has(fi.yhdessa.platform.Role.SUPERVISOR)) {
			throw new Refusal.Forbidden();
		}
		if (command.members() == null || command.members().isEmpty()) {
			throw new Problem("case.error.members");
		}
		if (command.municipality() == null || command.municipality().isBlank()) {
			throw new Problem("case.error.municipality");
		}
		Set<String> codes = new HashSet<>();
		for (Commands.NewMember member : command.members()) {
			if (member.firstNames() == null || member.firstNames().isBlank() || member.lastName() == null || member.lastName().isBlank()) {
				throw new Problem("case.error.memberName");
			}
			if (!PersonalIdentityCode.isValid(member.personalIdentityCode())) {
				throw new Problem("case.error.identityCode");
			}
			if (!codes.add(new PersonalIdentityCode(member.personalIdentityCode()).value())) {
				throw new Problem("case.error.duplicateMember");
			}
			if (member.relation() == null) {
				throw new Problem("case.error.relation");
			}
		}
		if (command.members().stream().noneMatch(m -> m.relation() == Member.Relation.CHILD)) {
			throw new Problem("case.error.noChild");
		}
		AccountSummary responsible = responsibleWorker(user, command.responsibleWorker());
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		UUID familyId = UUID.randomUUID();
		String familyName = command.familyName() != null && !command.familyName().isBlank() ? command.familyName().strip()
				: command.members().getFirst().lastName().strip();
		jdbc.sql("insert into casework.family (id, name, municipality_code, created_at, created_by) values (:id, :name, :municipality, :at, :by)")
			.param("id", familyId)
			.param("name", familyName)
			.param("municipality", command.municipality().strip())
			.param("at", Timestamp.from(now))
			.param("by", user.getUsername())
			.update();
		UUID childId = null;
		for (Commands.NewMember member : command.members()) {
			PersonalIdentityCode code = new PersonalIdentityCode(member.personalIdentityCode());
			UUID memberId = UUID.randomUUID();
			jdbc.sql("""
					insert into casework.member (id, family_id, resident_id, first_names, last_name, personal_identity_code, birth_date, relation)
					values (:id, :family, :resident, :first, :last, :code, :born, :relation)
					""")
				.param("id", memberId)
				.param("family", familyId)
				.param("resident", population.identify(code).map(ResidentRegister.Identified::residentId).orElse(null))
				.param("first", member.firstNames().strip())
				.param("last", member.lastName().strip())
				.param("code", code.value())
				.param("born", code.birthDate())
				.param("relation", member.relation().name())
				.update();
			if (command.childCode() != null && PersonalIdentityCode.isValid(command.childCode())
					&& new PersonalIdentityCode(command.childCode()).equals(code)) {
				childId = memberId;
			}
		}
		if (command.childCode() != null && !command.childCode().isBlank() && childId == null) {
			throw new Problem("case.error.childCode");
		}
		ClientCase.Kind kind = command.kind() != null ? command.kind() : defaultKind(responsible.unitId());
		UUID caseId = insertCase(familyId, childId, responsible, command.origin() == null ? ClientCase.Origin.DIRECT : command.origin(),
				command.originReference(), user.getUsername(), now, kind, command.municipality().strip(), childBirth(command));
		if (command.referral() != null) {
			int linked = jdbc.sql("update casework.referral set case_id = :case where id = :id and case_id is null")
				.param("case", caseId)
				.param("id", command.referral())
				.update();
			if (linked == 0) {
				throw new Problem("case.error.referral");
			}
		}
		access.record(user, AccessEntry.Action.WRITE, "casework.case", caseId, familyId,
				"opening the client relationship (Social Welfare Act 1301/2014 §36)");
		return caseId;
	}

	private UUID insertCase(UUID familyId, UUID childId, AccountSummary responsible, ClientCase.Origin origin, String originReference, String openedBy,
			Instant now, ClientCase.Kind kind, String municipality, LocalDate childBorn) {
		UUID caseId = UUID.randomUUID();
		long number = jdbc.sql("select nextval('casework.case_number')").query(Long.class).single();
		Changed<ClientCase> opened = ClientCase.open(new ClientCase(caseId, "AS-%d-%06d".formatted(Year.now(clock.withZone(FINLAND)).getValue(), number),
				familyId, null, childId, responsible.unitId(), responsible.organisationId(), origin, blankToNull(originReference), now, openedBy,
				responsible.id().value(), null, null, null, kind),
				new CaseContext(caseId, familyId, responsible.unitId(), municipality, kind.name(), contexts.age(childBorn)));
		cases.insert(opened, SystemText.of("responsibility.opened"));
		return caseId;
	}

	/** Child welfare open care in a child welfare unit, family social work elsewhere. */
	private ClientCase.Kind defaultKind(UUID unitId) {
		return unitId != null && network.unit(new UnitId(unitId)).filter(unit -> unit.kind() == UnitKind.CHILD_WELFARE).isPresent()
				? ClientCase.Kind.CHILD_WELFARE_OPEN_CARE : ClientCase.Kind.FAMILY_SOCIAL_WORK;
	}

	/** The birth date of the case's child: the one named, or else the family's youngest. */
	private static LocalDate childBirth(Commands.OpenCase command) {
		if (command.childCode() != null && PersonalIdentityCode.isValid(command.childCode())) {
			return new PersonalIdentityCode(command.childCode()).birthDate();
		}
		return command.members().stream()
			.filter(m -> m.relation() == Member.Relation.CHILD)
			.map(m -> new PersonalIdentityCode(m.personalIdentityCode()).birthDate())
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/** The named worker, who must be able to hold the responsibility; the user when none is named. */
	private AccountSummary responsibleWorker(SignedInUser user, UUID named) {
		UUID id = named != null ? named : user.id().value();
		AccountSummary worker = accounts.find(new AccountId(id)).orElseThrow(() -> new Problem("case.error.responsibleWorker"));
		if (!worker.enabled() || worker.roles().stream().noneMatch(CaseAccess.RESPONSIBLE::contains) || worker.unitId() == null) {
			throw new Problem("case.error.responsibleWorker");
		}
		return worker;
	}

	public CaseView view(SignedInUser user, UUID caseId, int journalPage) {
		CaseAccess.Granted granted = access.require(user, caseId, Operation.READ);
		ClientCase clientCase = granted.clientCase();
		int page = Math.max(1, journalPage);
		List<Responsibility> responsibilities = store.responsibilities(caseId);
		String responsibleName = clientCase.isOpen() && !responsibilities.isEmpty() ? responsibilities.getFirst().workerName() : null;
		List<PlanVersion> plans = store.plans(caseId);
		return new CaseView(clientCase, granted.relationship(), store.members(clientCase.familyId()), responsibilities,
				store.team(caseId), store.assessments(caseId), plans, store.handoffs(caseId),
				store.journal(caseId, JOURNAL_PAGE, (page - 1) * JOURNAL_PAGE), store.journalSize(caseId), store.bounces(clientCase.familyId()),
				consents.ofFamily(clientCase.familyId()), responsibleName, plans.isEmpty() ? List.of() : outcomes.goalRatings(plans.getFirst()),
				outcomes.everydayRatings(caseId));
	}

	/** A family member's whole identity code, which the case page shows masked; asking for it is logged as its own read. */
	public String revealIdentityCode(SignedInUser user, UUID caseId, UUID memberId) {
		ClientCase clientCase = access.require(user, caseId, Operation.REVEAL_IDENTITY_CODE).clientCase();
		return store.members(clientCase.familyId()).stream()
			.filter(m -> m.id().equals(memberId))
			.findFirst()
			.map(Member::personalIdentityCode)
			.orElseThrow(Refusal.NotFound::new);
	}

	/** Hands the responsibility to another worker, with the reason; the history keeps every period. */
	public void changeResponsible(SignedInUser user, UUID caseId, Commands.ChangeResponsible command) {
		ClientCase clientCase = access.require(user, caseId, Operation.REASSIGN).clientCase();
		requireOpen(clientCase);
		if (command.reason() == null || command.reason().isBlank()) {
			throw new Problem("case.error.reason");
		}
		AccountSummary worker = responsibleWorker(user, command.worker() == null ? new UUID(0, 0) : command.worker());
		if (worker.id().value().equals(clientCase.responsibleWorker())) {
			throw new Problem("case.error.sameWorker");
		}
		assign(caseId, worker, command.reason().strip(), user.getUsername());
	}

	/** Makes the worker responsible for the case from now; used also when a hand-off that transfers the case is accepted. */
	public void assign(UUID caseId, AccountSummary worker, String reason, String changedBy) {
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		ClientCase current = store.clientCase(caseId).orElseThrow();
		Changed<ClientCase> assigned = current.assign(worker.id().value(), worker.unitId(), worker.organisationId(),
				SystemText.of("responsibility.handoff").equals(reason), now, contexts.of(caseId));
		cases.assign(assigned, now, reason, changedBy);
	}

	/**
	 * Admits a professional to the team around the family: with the family's consent to their
	 * organisation, or with a recorded legal basis when they work for the case's own organisation.
	 */
	public UUID joinTeam(SignedInUser user, UUID caseId, Commands.JoinTeam command) {
		ClientCase clientCase = access.require(user, caseId, Operation.MANAGE_TEAM).clientCase();
		requireOpen(clientCase);
		if (command.teamRole() == null || command.teamRole().isBlank()) {
			throw new Problem("team.error.role");
		}
		AccountSummary worker = accounts.find(new AccountId(command.worker() == null ? new UUID(0, 0) : command.worker()))
			.filter(AccountSummary::enabled)
			.filter(account -> account.roles().stream().anyMatch(CaseAccess.CLIENT_WORK::contains))
			.orElseThrow(() -> new Problem("team.error.worker"));
		if (worker.id().value().equals(clientCase.responsibleWorker()) || store.activeMembership(caseId, worker.id().value()).isPresent()) {
			throw new Problem("team.error.already");
		}
		return admit(clientCase, worker, command.teamRole().strip(), command.legalBasis(), user.getUsername());
	}

	/** Adds the worker to the team on the family's consent or, within the case's organisation, on the legal basis given. */
	public UUID admit(ClientCase clientCase, AccountSummary worker, String teamRole, String legalBasis, String joinedBy) {
		UUID consentId = null;
		String basis = null;
		if (worker.organisationId() != null && worker.organisationId().equals(clientCase.organisationId())) {
			if (legalBasis == null || legalBasis.isBlank()) {
				throw new Problem("team.error.legalBasis");
			}
			basis = legalBasis.strip();
		}
		else {
			consentId = consents.allowing(clientCase.familyId(), worker.organisationId(), Consent.Scope.TEAMWORK)
				.map(Consent::id)
				.orElseThrow(() -> new Problem("team.error.consent"));
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework.team_member (id, case_id, worker, organisation_id, unit_id, team_role, consent_id, legal_basis, joined_at, joined_by)
				values (:id, :case, :worker, :organisation, :unit, :role, :consent, :basis, :at, :by)
				""")
			.param("id", id)
			.param("case", clientCase.id())
			.param("worker", worker.id().value())
			.param("organisation", worker.organisationId())
			.param("unit", worker.unitId())
			.param("role", teamRole)
			.param("consent", consentId)
			.param("basis", basis)
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("by", joinedBy)
			.update();
		return id;
	}

	public void leaveTeam(SignedInUser user, UUID caseId, UUID memberId) {
		access.require(user, caseId, Operation.MANAGE_TEAM);
		int left = jdbc.sql("update casework.team_member set left_at = :at where id = :id and case_id = :case and left_at is null")
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("id", memberId)
			.param("case", caseId)
			.update();
		if (left == 0) {
			throw new Problem("team.error.notMember");
		}
	}

	public void close(SignedInUser user, UUID caseId, Commands.Close command) {
		ClientCase clientCase = access.require(user, caseId, Operation.CLOSE).clientCase();
		Changed<ClientCase> closed = clientCase.close(command.reason(), command.outcome(), Instant.now(clock), contexts.of(caseId));
		cases.close(closed, user.getUsername());
	}

	/** Appends to the journal; a correction names the entry of the same case it corrects, which stays as it was. */
	public UUID write(SignedInUser user, UUID caseId, Commands.Write command) {
		access.require(user, caseId, Operation.WRITE_JOURNAL);
		if (command.body() == null || command.body().isBlank()) {
			throw new Problem("journal.error.body");
		}
		if (command.body().length() > JOURNAL_MAX) {
			throw new Problem("journal.error.long");
		}
		if (command.corrects() != null && !jdbc.sql("select exists (select 1 from casework.journal_entry where id = :id and case_id = :case)")
			.param("id", command.corrects())
			.param("case", caseId)
			.query(Boolean.class)
			.single()) {
			throw new Problem("journal.error.corrects");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework.journal_entry (id, case_id, written_at, author, author_name, organisation_id, body, corrects)
				values (:id, :case, :at, :author, :name, :organisation, :body, :corrects)
				""")
			.param("id", id)
			.param("case", caseId)
			.param("at", Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)))
			.param("author", user.getUsername())
			.param("name", user.displayName())
			.param("organisation", user.organisationId())
			.param("body", command.body().strip())
			.param("corrects", command.corrects())
			.update();
		return id;
	}

	/** Display names of workers, for showing who did what. */
	public Map<UUID, String> names(Collection<UUID> workers) {
		return store.names(workers);
	}

	private static void requireOpen(ClientCase clientCase) {
		if (!clientCase.isOpen()) {
			throw new Problem("case.error.closed");
		}
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
