package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.HiddenPart;
import fi.yhdessa.casework.Member;
import fi.yhdessa.casework.TeamMember;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a case, deny by default. A case is visible to its responsible worker, the
 * active members of its team (while the family's consent to their organisation holds, or on a
 * recorded legal basis), the supervisors of the units they work in, and anyone with an open
 * break-glass access; the auditor reads its access log only. In the portal, a guardian sees the
 * family's cases and a young person of 15 or more their own case, as the family sees them, less
 * the parts the young person hides from guardians where the worker has recorded that the law
 * allows it (812/2000 §11). Every decision is written to the
 * access log in the caller's transaction: a read or change as it is made, a refusal as DENIED.
 */
@Component
public class CaseAccess {

	/** Roles that do client work; a relationship counts only for someone who has one of them. */
	public static final Set<Role> CLIENT_WORK = EnumSet.of(Role.RESPONSIBLE_WORKER, Role.CHILD_WELFARE_WORKER, Role.GUIDANCE_WORKER,
			Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.PARTNER_WORKER, Role.SUPERVISOR);
	/** Roles that may be a case's responsible worker. */
	public static final Set<Role> RESPONSIBLE = EnumSet.of(Role.RESPONSIBLE_WORKER, Role.CHILD_WELFARE_WORKER);
	/** Roles that may open break-glass access to a case of their own organisation. */
	static final Set<Role> BREAK_GLASS = EnumSet.of(Role.RESPONSIBLE_WORKER, Role.CHILD_WELFARE_WORKER, Role.SUPERVISOR);

	/** The age from which a young person sees their own case in the portal. */
	static final int YOUNG_PERSON_AGE = 15;
	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	static final String HIDDEN_FROM_GUARDIANS = "hidden from guardians by the young person (Social Welfare Client Act 812/2000 §11)";

	private final CaseStore store;
	private final Consents consents;
	private final AccessLog accessLog;
	private final JdbcClient jdbc;
	private final Clock clock;

	CaseAccess(CaseStore store, Consents consents, AccessLog accessLog, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.consents = consents;
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A permitted operation: the case, whom it is about, and the basis the log was given. */
	public record Granted(ClientCase clientCase, List<UUID> subjects, Relationship relationship) {
	}

	/**
	 * Checks the operation and logs it: READ or WRITE when allowed, DENIED when not.
	 *
	 * @throws Refusal.NotFound when the user may not see the case at all (or there is none)
	 * @throws Refusal.Forbidden when the user sees the case but may not do this
	 */
	public Granted require(SignedInUser user, UUID caseId, Operation operation) {
		return require(user, caseId, operation, null);
	}

	/**
	 * As {@link #require(SignedInUser, UUID, Operation)}, for an operation on a part of the case a
	 * young person may hide from their guardians: a guardian is refused a hidden part as if it were
	 * not there, and a young person may hide parts only while the worker's record allows it.
	 */
	public Granted require(SignedInUser user, UUID caseId, Operation operation, HiddenPart part) {
		if (caseId == null) {
			// No case named, none read: nothing for the log to say.
			throw new Refusal.NotFound();
		}
		Optional<CaseStore.CaseAndSubjects> found = store.caseAndSubjects(caseId);
		if (found.isEmpty()) {
			accessLog.record(denied(user, operation.recordKind(), caseId, "no such case"));
			throw new Refusal.NotFound();
		}
		ClientCase clientCase = found.get().clientCase();
		Standing standing = standing(user, clientCase);
		Optional<Relationship> allowing = standing.relationships().stream().filter(r -> r.allows(operation)).findFirst();
		if (allowing.isEmpty()) {
			boolean sees = standing.relationships().stream().anyMatch(r -> r.allows(Operation.READ));
			accessLog.record(denied(user, operation.recordKind(), caseId,
					standing.relationships().isEmpty() ? "no relationship to the case" : "not allowed in the relationship: " + standing.relationships()));
			throw sees ? new Refusal.Forbidden() : new Refusal.NotFound();
		}
		Relationship relationship = allowing.get();
		if (relationship == Relationship.GUARDIAN && part != null && store.hiddenFromGuardians(caseId).contains(part)) {
			accessLog.record(denied(user, operation.recordKind(), caseId, HIDDEN_FROM_GUARDIANS));
			throw new Refusal.NotFound();
		}
		if (operation == Operation.HIDE_FROM_GUARDIANS && store.restriction(caseId).isEmpty()) {
			accessLog.record(denied(user, operation.recordKind(), caseId, "no recorded right to forbid disclosure to guardians"));
			throw relationship.allows(Operation.READ) ? new Refusal.Forbidden() : new Refusal.NotFound();
		}
		List<UUID> subjects = found.get().subjects();
		String basis = relationship == Relationship.BREAK_GLASS ? relationship.basis() + ": " + standing.breakGlassReason() : relationship.basis();
		accessLog.record(AccessEntry.by(user, operation.writes() ? AccessEntry.Action.WRITE : AccessEntry.Action.READ, operation.recordKind(),
				caseId.toString(), subjects, basis));
		return new Granted(clientCase, subjects, relationship);
	}

	/** Whether the user may do the operation to the case; decides without logging, for choosing among cases. */
	public boolean allows(SignedInUser user, ClientCase clientCase, Operation operation) {
		return standing(user, clientCase).relationships().stream().anyMatch(r -> r.allows(operation));
	}

	/** Every standing the user has to the case, strongest first, and the reason of an open break-glass access. */
	private record Standing(Set<Relationship> relationships, String breakGlassReason) {
	}

	private Standing standing(SignedInUser user, ClientCase clientCase) {
		EnumSet<Relationship> standing = EnumSet.noneOf(Relationship.class);
		if (user.has(Role.RESIDENT) && user.residentId() != null) {
			inFamily(user.residentId(), clientCase).ifPresent(standing::add);
		}
		UUID me = user.id().value();
		boolean clientWork = user.roles().stream().anyMatch(CLIENT_WORK::contains);
		if (clientWork && me.equals(clientCase.responsibleWorker()) && user.roles().stream().anyMatch(RESPONSIBLE::contains)) {
			return new Standing(EnumSet.of(Relationship.RESPONSIBLE_WORKER), null);
		}
		if (clientWork) {
			store.activeMembership(clientCase.id(), me).filter(member -> stillAdmitted(clientCase, member)).ifPresent(member -> standing.add(Relationship.TEAM_MEMBER));
		}
		if (user.has(Role.SUPERVISOR) && user.unitId() != null && supervises(user.unitId(), clientCase)) {
			standing.add(Relationship.SUPERVISOR);
		}
		String breakGlassReason = null;
		if (standing.isEmpty() && user.roles().stream().anyMatch(BREAK_GLASS::contains)) {
			breakGlassReason = breakGlass(user, clientCase.id()).orElse(null);
			if (breakGlassReason != null) {
				standing.add(Relationship.BREAK_GLASS);
			}
		}
		if (user.has(Role.AUDITOR)) {
			standing.add(Relationship.AUDITOR);
		}
		return new Standing(standing, breakGlassReason);
	}

	/**
	 * How a resident stands to a case of their family: a young person of 15 or more to their own
	 * case, a guardian to the family's cases.
	 */
	private Optional<Relationship> inFamily(UUID residentId, ClientCase clientCase) {
		Optional<Member> member = jdbc.sql("select * from casework.member where family_id = :family and resident_id = :resident")
			.param("family", clientCase.familyId())
			.param("resident", residentId)
			.query(CaseStore::member)
			.optional();
		return member.flatMap(m -> {
			if (m.id().equals(clientCase.childId()) && !m.birthDate().plusYears(YOUNG_PERSON_AGE).isAfter(LocalDate.now(clock.withZone(FINLAND)))) {
				return Optional.of(Relationship.YOUNG_PERSON);
			}
			return m.relation() == Member.Relation.GUARDIAN ? Optional.of(Relationship.GUARDIAN) : Optional.empty();
		});
	}

	/** A member admitted by consent stays only while the consent holds; one admitted on a legal basis stays. */
	private boolean stillAdmitted(ClientCase clientCase, TeamMember member) {
		return member.consentId() == null || consents.allows(clientCase.familyId(), member.organisationId(), Consent.Scope.TEAMWORK);
	}

	private boolean supervises(UUID unit, ClientCase clientCase) {
		return unit.equals(clientCase.unitId()) || jdbc.sql("select exists (select 1 from casework.team_member where case_id = :case and unit_id = :unit and left_at is null)")
			.param("case", clientCase.id())
			.param("unit", unit)
			.query(Boolean.class)
			.single();
	}

	private Optional<String> breakGlass(SignedInUser user, UUID caseId) {
		return jdbc.sql("select reason from casework.break_glass where case_id = :case and actor = :actor and expires_at > :now order by opened_at desc limit 1")
			.param("case", caseId)
			.param("actor", user.id().value())
			.param("now", Timestamp.from(Instant.now(clock)))
			.query(String.class)
			.optional();
	}

	/** Logs a refusal that concerns another record than a case, such as a hand-off or a consent. */
	public void deny(SignedInUser user, String recordKind, UUID recordId, String why) {
		accessLog.record(denied(user, recordKind, recordId, why));
	}

	/** Logs a read or write of a case's record reached by its own id, such as a hand-off by its receiver, or a case just opened. */
	public void record(SignedInUser user, AccessEntry.Action action, String recordKind, UUID caseId, UUID familyId, String basis) {
		accessLog.record(AccessEntry.by(user, action, recordKind, caseId.toString(), store.subjects(familyId), basis));
	}

	private static AccessEntry denied(SignedInUser user, String recordKind, UUID recordId, String why) {
		return AccessEntry.by(user, AccessEntry.Action.DENIED, recordKind, recordId.toString(), List.of(), why);
	}
}
