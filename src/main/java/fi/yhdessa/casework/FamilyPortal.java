package fi.yhdessa.casework;

import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.EverydayRating;
import fi.yhdessa.casework.access.GuardianRestrictions;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.casework.access.Outcomes;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.access.Relationship;
import fi.yhdessa.casework.messages.Messages;
import fi.yhdessa.casework.plan.PlanAnswers;
import fi.yhdessa.casework.web.CaseSummary;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.platform.AccountId;
import fi.yhdessa.platform.AccountSummary;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's facade for the family portal: the family's cases as the family sees them, the plan
 * to agree to, and the secure messages. Every call is decided by {@link CaseAccess} and logged,
 * like a worker's; another family's id is refused as not found.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class FamilyPortal {

	/** How long after its close the family is asked to rate its everyday life at the end of a case. */
	static final Duration EVERYDAY_ASKED_FOR = Duration.ofDays(60);
	private static final EnumSet<Handoff.Status> IN_PROGRESS = EnumSet.of(Handoff.Status.PROPOSED, Handoff.Status.ACCEPTED);

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final Messages messages;
	private final GuardianRestrictions restrictions;
	private final PlanAnswers planAnswers;
	private final Accounts accounts;
	private final AccessLog accessLog;
	private final Clock clock;
	private final Outcomes outcomes;

	FamilyPortal(JdbcClient jdbc, CaseStore store, CaseAccess access, Messages messages, GuardianRestrictions restrictions,
			PlanAnswers planAnswers, Accounts accounts, AccessLog accessLog, Clock clock, Outcomes outcomes) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.messages = messages;
		this.restrictions = restrictions;
		this.planAnswers = planAnswers;
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.clock = clock;
		this.outcomes = outcomes;
	}

	/**
	 * A family the resident belongs to, with the cases the resident sees.
	 *
	 * @param guardian whether the resident is a guardian in it: who decides over the family's consents
	 */
	public record Family(UUID id, String name, List<Member> members, boolean guardian, List<CaseSummary> cases) {

		/** Whom the access log names for this family: its members. */
		public List<UUID> subjects() {
			return members.stream().map(Member::subject).toList();
		}
	}

	/**
	 * A case as the family sees it: who is responsible and how to reach them, the team by
	 * organisation and role only, hand-offs in progress, the latest plan and unread messages.
	 *
	 * @param hiddenFromMe the parts a guardian does not see because the young person hides them; they are left out here
	 * @param hiddenFromGuardians for the young person: the parts they hide from their guardians
	 * @param mayHide for the young person: whether the worker's record allows them to hide parts
	 * @param everydayAsked {@code START} or {@code END} when the family is asked to rate its everyday life, else {@code null}
	 */
	public record CaseSummary(ClientCase clientCase, String responsibleName, String responsibleEmail, List<TeamRole> team,
			List<HandoffInProgress> handoffs, PlanVersion plan, int unread, Set<HiddenPart> hiddenFromMe, Set<HiddenPart> hiddenFromGuardians,
			boolean mayHide, String everydayAsked) {

		public boolean planHidden() {
			return hiddenFromMe.contains(HiddenPart.PLAN);
		}

		public boolean messagesHidden() {
			return hiddenFromMe.contains(HiddenPart.MESSAGES);
		}

		public boolean teamHidden() {
			return hiddenFromMe.contains(HiddenPart.TEAM);
		}

		public boolean hidesFromGuardians(HiddenPart part) {
			return hiddenFromGuardians.contains(part);
		}

		/** The latest plan waits for the family's answer. */
		public boolean planAwaitsAnswer() {
			return plan != null && !plan.agreed();
		}
	}

	/** A member of the team, without their name: the organisation, unit and role. */
	public record TeamRole(UUID organisationId, UUID unitId, String role, String roleKey) {
	}

	/** A hand-off not yet finished, as the family is told of it. */
	public record HandoffInProgress(UUID toOrganisation, UUID toUnit, Handoff.Status status, boolean transfer, LocalDate firstMeetingOn) {
	}

	/** The plan's versions, the latest first, and the family's answers to the latest. */
	public record PlanView(ClientCase clientCase, List<PlanVersion> versions, List<PlanResponse> responses) {

		public PlanVersion latest() {
			return versions.isEmpty() ? null : versions.getFirst();
		}
	}

	/**
	 * What a basis in the access log means, for the family's report: the name of the standing
	 * ({@code RESPONSIBLE_WORKER}, {@code TEAM_MEMBER}, …) whose basis it is, and what was written
	 * after it (the reason given for break-glass access); empty for a basis written by someone else.
	 */
	public static Optional<Map.Entry<String, String>> standingOf(String basis) {
		if (basis == null) {
			return Optional.empty();
		}
		return Arrays.stream(Relationship.values())
			.filter(relationship -> basis.equals(relationship.basis()) || basis.startsWith(relationship.basis() + ": "))
			.findFirst()
			.map(relationship -> Map.entry(relationship.name(), basis.substring(relationship.basis().length()).replaceFirst("^: ", "")));
	}

	/** The families the resident belongs to, each with the cases the resident sees; each case shown is logged as read. */
	public List<Family> familiesOf(SignedInUser user) {
		if (user.residentId() == null) {
			return List.of();
		}
		List<UUID> families = jdbc.sql("select distinct family_id from casework.member where resident_id = :me")
			.param("me", user.residentId())
			.query(UUID.class)
			.list();
		List<Family> seen = new ArrayList<>();
		for (UUID familyId : families) {
			Family family = family(user, familyId);
			if (!family.cases().isEmpty() || family.guardian()) {
				seen.add(family);
				logFamilyRead(user, family, "the family's own data, shown to the family");
			}
		}
		return seen;
	}

	private Family family(SignedInUser user, UUID familyId) {
		List<ClientCase> cases = jdbc.sql("""
				select c.*, f.name as family_name from casework.client_case c join casework.family f on f.id = c.family_id
				where c.family_id = :family order by c.closed_at is not null, c.opened_at desc
				""")
			.param("family", familyId)
			.query(CaseStore::clientCase)
			.list();
		List<CaseSummary> summaries = new ArrayList<>();
		for (ClientCase clientCase : cases) {
			if (access.allows(user, clientCase, Operation.FAMILY_VIEW)) {
				summaries.add(summary(user, access.require(user, clientCase.id(), Operation.FAMILY_VIEW)));
			}
		}
		List<Member> members = store.members(familyId);
		return new Family(familyId, name(familyId), members, isGuardian(user, members), summaries);
	}

	private CaseSummary summary(SignedInUser user, CaseAccess.Granted granted) {
		ClientCase clientCase = granted.clientCase();
		Set<HiddenPart> hidden = store.hiddenFromGuardians(clientCase.id());
		boolean youngPerson = granted.relationship() == Relationship.YOUNG_PERSON;
		Set<HiddenPart> hiddenFromMe = granted.relationship() == Relationship.GUARDIAN ? hidden : Set.of();
		Optional<AccountSummary> responsible = clientCase.responsibleWorker() == null ? Optional.empty()
				: accounts.find(new AccountId(clientCase.responsibleWorker()));
		List<TeamRole> team = hiddenFromMe.contains(HiddenPart.TEAM) ? List.of() : store.team(clientCase.id()).stream().filter(TeamMember::active)
			.map(t -> new TeamRole(t.organisationId(), t.unitId(), t.teamRole(), t.roleKey()))
			.toList();
		List<HandoffInProgress> handoffs = hiddenFromMe.contains(HiddenPart.TEAM) ? List.of() : store.handoffs(clientCase.id()).stream()
			.filter(h -> IN_PROGRESS.contains(h.status()))
			.map(h -> new HandoffInProgress(h.toOrganisation(), h.toUnit(), h.status(), h.transfer(), h.firstMeetingOn()))
			.toList();
		List<PlanVersion> plans = hiddenFromMe.contains(HiddenPart.PLAN) ? List.of() : store.plans(clientCase.id());
		int unread = hiddenFromMe.contains(HiddenPart.MESSAGES) ? 0 : jdbc.sql("""
				select count(*) from casework.message m join casework.message_thread t on t.id = m.thread_id
				where t.case_id = :case and not m.from_family
				  and m.sent_at > coalesce((select r.read_at from casework.message_read r where r.thread_id = t.id and r.reader = :me), '-infinity')
				""")
			.param("case", clientCase.id())
			.param("me", user.getUsername())
			.query(Integer.class)
			.single();
		return new CaseSummary(clientCase, responsible.map(AccountSummary::displayName).orElse(null), responsible.map(AccountSummary::email).orElse(null),
				team, handoffs, plans.isEmpty() ? null : plans.getFirst(), unread, hiddenFromMe, youngPerson ? hidden : Set.of(),
				youngPerson && store.restriction(clientCase.id()).isPresent(), everydayAsked(clientCase, hiddenFromMe));
	}

	/** The start of an open case, or the end of one closed within {@link #EVERYDAY_ASKED_FOR}, not yet rated. */
	private String everydayAsked(ClientCase clientCase, Set<HiddenPart> hiddenFromMe) {
		if (hiddenFromMe.contains(HiddenPart.PLAN)) {
			return null;
		}
		Map<EverydayRating.Stage, Integer> given = outcomes.everydayRatings(clientCase.id());
		if (clientCase.isOpen()) {
			return given.containsKey(EverydayRating.Stage.START) ? null : EverydayRating.Stage.START.name();
		}
		boolean recent = clientCase.closedAt().isAfter(Instant.now(clock).minus(EVERYDAY_ASKED_FOR));
		return recent && !given.containsKey(EverydayRating.Stage.END) ? EverydayRating.Stage.END.name() : null;
	}

	/**
	 * The family's answer to how its everyday life goes, 0 to 10, at the start or the end of a case it sees.
	 *
	 * @param stage {@code START} or {@code END}
	 * @throws IllegalArgumentException with a message key when the rating is out of range or was given already
	 */
	public void rateEverydayLife(SignedInUser user, UUID caseId, String stage, int rating) {
		outcomes.rateEverydayLife(user, caseId, EverydayRating.Stage.valueOf(stage), rating);
	}

	/** The plan of a case the resident sees. */
	public PlanView plan(SignedInUser user, UUID caseId) {
		ClientCase clientCase = access.require(user, caseId, Operation.FAMILY_VIEW, HiddenPart.PLAN).clientCase();
		List<PlanVersion> versions = store.plans(caseId);
		return new PlanView(clientCase, versions, versions.isEmpty() ? List.of() : planAnswers.responses(caseId, versions.getFirst().version()));
	}

	/**
	 * Records the resident's answer to the latest version of the plan; agreeing marks it agreed.
	 *
	 * @throws IllegalArgumentException with a message key when the version is not the latest, or the answer is empty
	 */
	public void respond(SignedInUser user, UUID caseId, int version, boolean agrees, Map<Integer, String> goalComments, String note) {
		planAnswers.respond(user, caseId, version, agrees, goalComments, note);
	}

	public List<MessageThread> threads(SignedInUser user, UUID caseId) {
		return messages.threads(user, caseId);
	}

	public ThreadView thread(SignedInUser user, UUID threadId) {
		return messages.thread(user, threadId);
	}

	/** Every thread of a case with its messages, for the family's copy of its data: each read is logged, nothing is marked read. */
	public List<ThreadView> threadsWithMessages(SignedInUser user, UUID caseId) {
		return messages.threads(user, caseId).stream().map(thread -> messages.thread(user, thread.id(), false)).toList();
	}

	/** @throws IllegalArgumentException with a message key when the subject, text or an attachment is refused */
	public UUID startThread(SignedInUser user, UUID caseId, String subject, String body, List<NewAttachment> attachments) {
		return messages.start(user, caseId, subject, body, attachments);
	}

	/** @throws IllegalArgumentException with a message key when the text or an attachment is refused */
	public void reply(SignedInUser user, UUID threadId, String body, List<NewAttachment> attachments) {
		messages.reply(user, threadId, body, attachments);
	}

	public AttachmentContent attachment(SignedInUser user, UUID attachmentId) {
		return messages.attachment(user, attachmentId);
	}

	/** The young person sets which parts of their own case their guardians do not see (812/2000 §11); refused unless the worker's record allows it. */
	public void hideFromGuardians(SignedInUser user, UUID caseId, Set<HiddenPart> parts) {
		restrictions.hide(user, caseId, parts);
	}

	/**
	 * The records of the family's cases whose young person hides parts of them (the case, its message
	 * threads and attachments), unless the resident is that young person: the family's report of who
	 * has processed its data leaves their entries out for everyone else (812/2000 §11).
	 */
	public List<String> recordsHiddenFrom(SignedInUser user, UUID familyId) {
		return jdbc.sql("""
				with hidden as (
				  select c.id from casework.client_case c
				  where c.family_id = :family
				    and exists (select 1 from casework.hidden_part h where h.case_id = c.id and h.revealed_at is null)
				    and exists (select 1 from casework.guardian_restriction r where r.case_id = c.id and r.ended_at is null)
				    and not exists (select 1 from casework.member m where m.id = c.child_id and m.resident_id = :me))
				select id::text from hidden
				union all select t.id::text from casework.message_thread t join hidden on hidden.id = t.case_id
				union all select a.id::text from casework.attachment a join casework.message m on m.id = a.message_id
				  join casework.message_thread t on t.id = m.thread_id join hidden on hidden.id = t.case_id
				""")
			.param("family", familyId)
			.param("me", user.residentId())
			.query(String.class)
			.list();
	}

	/**
	 * Checks that the resident belongs to the family and logs the family's record as read for the
	 * purpose; another family is not found.
	 */
	public Family requireMember(SignedInUser user, UUID familyId, String purpose) {
		List<Member> members = familyId == null ? List.of() : store.members(familyId);
		if (user.residentId() == null || members.stream().noneMatch(m -> user.residentId().equals(m.residentId()))) {
			access.deny(user, "casework.family", familyId == null ? new UUID(0, 0) : familyId, "not a member of the family");
			throw new Refusal.NotFound();
		}
		Family family = new Family(familyId, name(familyId), members, isGuardian(user, members), List.of());
		logFamilyRead(user, family, purpose);
		return family;
	}

	/** As {@link #requireMember}, for what only a guardian may do: a member who is not one is refused (403) and the refusal logged. */
	public Family requireGuardian(SignedInUser user, UUID familyId, String purpose) {
		Family family = requireMember(user, familyId, purpose);
		if (!family.guardian()) {
			access.deny(user, "casework.family", familyId, "only a guardian decides this");
			throw new Refusal.Forbidden();
		}
		return family;
	}

	private void logFamilyRead(SignedInUser user, Family family, String purpose) {
		accessLog.record(AccessEntry.by(user, AccessEntry.Action.READ, "casework.family", family.id().toString(), family.subjects(), purpose));
	}

	private static boolean isGuardian(SignedInUser user, List<Member> members) {
		return user.residentId() != null && members.stream().anyMatch(m -> user.residentId().equals(m.residentId()) && m.relation() == Member.Relation.GUARDIAN);
	}

	private String name(UUID familyId) {
		return jdbc.sql("select name from casework.family where id = :id").param("id", familyId).query(String.class).single();
	}
}
