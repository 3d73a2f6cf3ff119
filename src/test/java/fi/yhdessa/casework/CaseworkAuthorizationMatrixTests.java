package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Disclosures;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.handoff.Handoffs;
import fi.yhdessa.casework.messages.Messages;
import fi.yhdessa.casework.plan.CaseRecords;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every role × every relationship to a case × every case operation, each cell asserted allowed or
 * refused against the specification below; an allowed read writes exactly one access-log entry,
 * and every refusal exactly one DENIED entry. Each cell runs in a transaction rolled back after it.
 */
@CaseworkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkAuthorizationMatrixTests {

	/** How the user stands to the case in a cell. */
	enum Standing {
		RESPONSIBLE_WORKER, TEAM_MEMBER, SUPERVISOR, UNRELATED_WORKER, OTHER_ORGANISATION_WITH_CONSENT, OTHER_ORGANISATION_WITHOUT_CONSENT,
		CONSENT_WITHDRAWN,
		/** A guardian in the case's family, as the population register knows them. */
		GUARDIAN_IN_FAMILY,
		/** A young person of 16 whose own case it is. */
		YOUNG_PERSON_OWN_CASE,
		/** A child of 14 whose own case it is: too young to see it. */
		CHILD_OWN_CASE
	}

	static final Set<Role> CLIENT_WORK = EnumSet.of(Role.RESPONSIBLE_WORKER, Role.CHILD_WELFARE_WORKER, Role.GUIDANCE_WORKER,
			Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.PARTNER_WORKER, Role.SUPERVISOR);
	static final Set<Operation> TEAM_WORK = EnumSet.of(Operation.READ, Operation.REVEAL_IDENTITY_CODE, Operation.WRITE_JOURNAL, Operation.ASSESS,
			Operation.MESSAGE);
	static final Set<Operation> FAMILY = EnumSet.of(Operation.FAMILY_VIEW, Operation.RESPOND_TO_PLAN, Operation.MESSAGE);
	static final Set<Operation> SUPERVISION = EnumSet.of(Operation.READ, Operation.REVEAL_IDENTITY_CODE, Operation.REASSIGN, Operation.CLOSE,
			Operation.READ_ACCESS_LOG);

	/** The specification: what each role may do in each standing. */
	static Set<Operation> expected(Role role, Standing standing) {
		EnumSet<Operation> allowed = EnumSet.noneOf(Operation.class);
		if (role == Role.AUDITOR) {
			allowed.add(Operation.READ_ACCESS_LOG);
		}
		if (role == Role.RESIDENT && (standing == Standing.GUARDIAN_IN_FAMILY || standing == Standing.YOUNG_PERSON_OWN_CASE)) {
			allowed.addAll(FAMILY);
		}
		if (!CLIENT_WORK.contains(role)) {
			return allowed;
		}
		switch (standing) {
			case RESPONSIBLE_WORKER -> {
				if (role == Role.RESPONSIBLE_WORKER || role == Role.CHILD_WELFARE_WORKER) {
					allowed.addAll(EnumSet.complementOf(EnumSet.of(Operation.FAMILY_VIEW, Operation.RESPOND_TO_PLAN, Operation.HIDE_FROM_GUARDIANS)));
				}
			}
			case TEAM_MEMBER -> {
				allowed.addAll(TEAM_WORK);
				if (role == Role.SUPERVISOR) {
					// A supervisor on the team works in a unit the case has a worker in: their own.
					allowed.addAll(SUPERVISION);
				}
			}
			case SUPERVISOR -> {
				if (role == Role.SUPERVISOR) {
					allowed.addAll(SUPERVISION);
				}
			}
			case OTHER_ORGANISATION_WITH_CONSENT -> allowed.addAll(TEAM_WORK);
			default -> {
			}
		}
		return allowed;
	}

	@Autowired
	Cases cases;

	@Autowired
	CaseRecords records;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Handoffs handoffs;

	@Autowired
	Messages messages;

	@Autowired
	FamilyPortal portal;

	@Autowired
	Accounts accounts;

	@Autowired
	Network network;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	UUID caseId;
	UUID familyId;
	UUID partnerOrganisation;
	UUID county;
	UUID northUnit;
	UUID counsellingUnit;
	UUID childWelfareUnit;
	UUID southUnit;
	UUID worker2;
	UUID nurse;
	final Map<Role, Map<Standing, SignedInUser>> people = new EnumMap<>(Role.class);

	@BeforeAll
	void aCaseOfWorkerAndOnePersonForEveryRoleInEveryStanding() {
		SignedInUser worker = user("worker");
		county = worker.organisationId();
		northUnit = worker.unitId();
		SignedInUser south = user("worker2");
		southUnit = south.unitId();
		worker2 = south.id().value();
		nurse = user("nurse").id().value();
		childWelfareUnit = user("intake").unitId();
		counsellingUnit = network.units(UnitKind.FAMILY_COUNSELLING).getFirst().id().value();
		partnerOrganisation = user("ngo").organisationId();
		caseId = cases.open(worker, Families.family("Matriisi"));
		familyId = jdbc.sql("select family_id from casework.client_case where id = :id").param("id", caseId).query(UUID.class).single();
		records.writePlan(worker, caseId, new Commands.WritePlan(List.of("Aamut sujuvat"), List.of(), List.of(), null));
		for (Role role : Role.values()) {
			Map<Standing, SignedInUser> byStanding = new EnumMap<>(Standing.class);
			for (Standing standing : Standing.values()) {
				String username = ("m-" + role.name() + "-" + standing.ordinal()).toLowerCase(Locale.ROOT).replace('_', '-');
				boolean partner = standing.name().startsWith("OTHER_ORGANISATION") || standing == Standing.CONSENT_WITHDRAWN;
				UUID unit = switch (standing) {
					case RESPONSIBLE_WORKER -> childWelfareUnit;
					case TEAM_MEMBER -> counsellingUnit;
					case SUPERVISOR -> northUnit;
					case UNRELATED_WORKER -> southUnit;
					default -> null;
				};
				if (!accounts.exists(username)) {
					// Every account is linked to a resident of its own, so that a professional who is also in a family is tested too.
					accounts.register(new NewAccount(null, username, "matrix-password", "Matrix " + role + " " + standing, null, EnumSet.of(role),
							partner ? partnerOrganisation : county, unit, UUID.randomUUID(), "fi"));
				}
				byStanding.put(standing, user(username));
			}
			people.put(role, byStanding);
		}
	}

	@Test
	void everyRoleInEveryStandingMayDoExactlyWhatTheSpecificationSays() {
		List<String> wrong = new ArrayList<>();
		int cells = 0;
		for (Role role : Role.values()) {
			for (Standing standing : Standing.values()) {
				for (Operation operation : Operation.values()) {
					cells++;
					SignedInUser user = people.get(role).get(standing);
					boolean allowed = expected(role, standing).contains(operation);
					boolean seen = expected(role, standing).contains(Operation.READ);
					String cell = role + " / " + standing + " / " + operation;
					String outcome = transactions.execute(status -> {
						status.setRollbackOnly();
						establish(standing, user);
						long before = logSize();
						try {
							perform(operation, user);
							long written = logSize() - before;
							if (!allowed) {
								return "allowed but should be refused";
							}
							long reads = entries(before, "READ");
							if (!operation.writes() && (written != 1 || reads != 1)) {
								return "a read wrote " + written + " log entries (" + reads + " reads), not exactly one";
							}
							if (operation.writes() && entries(before, "WRITE") < 1) {
								return "a change wrote no WRITE entry";
							}
							return null;
						}
						catch (Refusal refusal) {
							if (allowed) {
								return "refused but should be allowed";
							}
							boolean expectedNotFound = !seen;
							if ((refusal instanceof Refusal.NotFound) != expectedNotFound) {
								return "refused as " + refusal.getClass().getSimpleName() + " but the case is " + (seen ? "" : "not ") + "visible";
							}
							if (logSize() - before != 1 || entries(before, "DENIED") != 1) {
								return "a refusal wrote " + (logSize() - before) + " entries, not one DENIED";
							}
							return null;
						}
					});
					if (outcome != null) {
						wrong.add(cell + ": " + outcome);
					}
				}
			}
		}
		assertThat(cells).isEqualTo(Role.values().length * Standing.values().length * Operation.values().length);
		assertThat(wrong).as("cells that break the specification").isEmpty();
	}

	@Test
	void theSpecificationItselfAllowsSomethingInEveryStandingButTheUnrelated() {
		assertThat(expected(Role.RESPONSIBLE_WORKER, Standing.RESPONSIBLE_WORKER)).containsExactlyInAnyOrderElementsOf(Operation.professional());
		assertThat(expected(Role.RESIDENT, Standing.GUARDIAN_IN_FAMILY)).containsExactlyInAnyOrderElementsOf(FAMILY);
		assertThat(expected(Role.RESIDENT, Standing.CHILD_OWN_CASE)).isEmpty();
		assertThat(expected(Role.PARTNER_WORKER, Standing.CONSENT_WITHDRAWN)).isEmpty();
		assertThat(expected(Role.RESPONSIBLE_WORKER, Standing.UNRELATED_WORKER)).isEmpty();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			cases.view(people.get(Role.RESIDENT).get(Standing.RESPONSIBLE_WORKER), caseId, 1);
		})).isInstanceOf(Refusal.NotFound.class);
	}

	/** Puts the user in the standing, inside the cell's transaction. */
	private void establish(Standing standing, SignedInUser user) {
		UUID me = user.id().value();
		switch (standing) {
			case RESPONSIBLE_WORKER -> jdbc.sql("update casework.client_case set responsible_worker = :me where id = :case").param("me", me).param("case", caseId).update();
			case TEAM_MEMBER -> joinTeam(me, county, counsellingUnit, null, "Social Welfare Act 1301/2014 §41");
			case OTHER_ORGANISATION_WITH_CONSENT -> joinTeam(me, partnerOrganisation, null, consent(null), null);
			case CONSENT_WITHDRAWN -> joinTeam(me, partnerOrganisation, null, consent(Instant.now()), null);
			case GUARDIAN_IN_FAMILY -> member(user, "GUARDIAN", java.time.LocalDate.now().minusYears(40), false);
			case YOUNG_PERSON_OWN_CASE -> member(user, "CHILD", java.time.LocalDate.now().minusYears(16), true);
			case CHILD_OWN_CASE -> member(user, "CHILD", java.time.LocalDate.now().minusYears(14), true);
			default -> {
			}
		}
	}

	/** Adds the user's resident to the case's family; for their own case, the case becomes the child's. */
	private void member(SignedInUser user, String relation, java.time.LocalDate born, boolean ownCase) {
		UUID member = UUID.randomUUID();
		jdbc.sql("""
				insert into casework.member (id, family_id, resident_id, first_names, last_name, personal_identity_code, birth_date, relation)
				values (:id, :family, :resident, 'Matriisi', 'Testi', :code, :born, :relation)
				""")
			.param("id", member)
			.param("family", familyId)
			.param("resident", user.residentId())
			.param("code", Families.code(born))
			.param("born", born)
			.param("relation", relation)
			.update();
		if (ownCase) {
			jdbc.sql("update casework.client_case set child_id = :member where id = :case").param("member", member).param("case", caseId).update();
		}
	}

	private UUID consent(Instant withdrawnAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into consent.consent (id, family_id, given_by, recipient_organisation, decision, scope, valid_from, recorded_by, recorded_at, withdrawn_at, withdrawn_by)
				values (:id, :family, 'Testi Matriisi', :organisation, 'CONSENT', 'ANY', current_date - 1, 'worker', now(), :withdrawn, :by)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("organisation", partnerOrganisation)
			.param("withdrawn", withdrawnAt == null ? null : Timestamp.from(withdrawnAt))
			.param("by", withdrawnAt == null ? null : "worker")
			.update();
		return id;
	}

	private void joinTeam(UUID worker, UUID organisation, UUID unit, UUID consent, String basis) {
		jdbc.sql("""
				insert into casework.team_member (id, case_id, worker, organisation_id, unit_id, team_role, consent_id, legal_basis, joined_at, joined_by)
				values (:id, :case, :worker, :organisation, :unit, 'matrix', :consent, :basis, now(), 'worker')
				""")
			.param("id", UUID.randomUUID())
			.param("case", caseId)
			.param("worker", worker)
			.param("organisation", organisation)
			.param("unit", unit)
			.param("consent", consent)
			.param("basis", basis)
			.update();
	}

	private void perform(Operation operation, SignedInUser user) {
		Map<Operation, BiConsumer<SignedInUser, UUID>> calls = new EnumMap<>(Operation.class);
		calls.put(Operation.READ, (u, id) -> cases.view(u, id, 1));
		calls.put(Operation.WRITE_JOURNAL, (u, id) -> cases.write(u, id, new Commands.Write("Tapaaminen perheen kanssa.", null)));
		calls.put(Operation.REASSIGN, (u, id) -> cases.changeResponsible(u, id, new Commands.ChangeResponsible(worker2, "Perhe muutti eteläiselle alueelle.")));
		calls.put(Operation.MANAGE_TEAM, (u, id) -> cases.joinTeam(u, id, new Commands.JoinTeam(nurse, "terveydenhoitaja", "Social Welfare Act 1301/2014 §41")));
		calls.put(Operation.ASSESS, (u, id) -> records.startAssessment(u, id, new Commands.StartAssessment(null, true, List.of("perhesosiaalityö"))));
		calls.put(Operation.PLAN, (u, id) -> records.writePlan(u, id, new Commands.WritePlan(List.of("Arki sujuu"), List.of(), List.of(), null)));
		calls.put(Operation.HANDOFF, (u, id) -> handoffs.propose(u, new Commands.ProposeHandoff(id, counsellingUnit, null, null, false,
				"Perhe tarvitsee perheneuvolan tukea.", "Social Welfare Act 1301/2014 §41", null)));
		calls.put(Operation.RECORD_CONSENT, (u, id) -> disclosures.recordConsent(u, new Commands.RecordConsent(id, "Testi Matriisi", partnerOrganisation,
				Consent.Decision.CONSENT, Consent.Scope.TEAMWORK, null, null)));
		calls.put(Operation.CLOSE, (u, id) -> cases.close(u, id, new Commands.Close("Tavoitteet saavutettiin.", ClientCase.Outcome.GOALS_MET)));
		calls.put(Operation.READ_ACCESS_LOG, (u, id) -> disclosures.accessLog(u, id, new PageRequest(1, 10)));
		calls.put(Operation.REVEAL_IDENTITY_CODE, (u, id) -> cases.revealIdentityCode(u, id, jdbc.sql(
				"select m.id from casework.member m join casework.client_case c on c.family_id = m.family_id where c.id = ? order by m.id limit 1")
			.param(id)
			.query(UUID.class)
			.single()));
		calls.put(Operation.MESSAGE, (u, id) -> messages.start(u, id, "Kysymys", "Milloin tavataan seuraavan kerran?", List.of()));
		calls.put(Operation.FAMILY_VIEW, (u, id) -> portal.plan(u, id));
		// Without the worker's record (812/2000 §11) no one may hide parts of the case: GuardianRestrictionIntegrationTests has the young person with one.
		calls.put(Operation.HIDE_FROM_GUARDIANS, (u, id) -> portal.hideFromGuardians(u, id, EnumSet.of(HiddenPart.PLAN)));
		calls.put(Operation.RESPOND_TO_PLAN, (u, id) -> portal.respond(u, id, latestPlanVersion(), false, Map.of(1, "Hyvä tavoite."), null));
		assertThat(calls).as("every operation has a call").containsOnlyKeys(Operation.values());
		calls.get(operation).accept(user, caseId);
	}

	private int latestPlanVersion() {
		return jdbc.sql("select max(version) from casework.plan_version where case_id = :case").param("case", caseId).query(Integer.class).single();
	}

	/**
	 * The log as the cell's transaction would leave it. The log writes a transaction's entries as
	 * it commits, and a cell's transaction is rolled back, so the first step of a commit is taken
	 * here.
	 */
	private long logSize() {
		TransactionSynchronizationUtils.triggerBeforeCommit(false);
		return jdbc.sql("select count(*) from consent.access_log").query(Long.class).single();
	}

	private long entries(long after, String action) {
		return jdbc.sql("select count(*) from (select * from consent.access_log order by sequence offset :after) e where action = :action")
			.param("after", after)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private SignedInUser user(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}
}
