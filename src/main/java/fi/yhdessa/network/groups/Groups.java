package fi.yhdessa.network.groups;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.network.people.People;
import fi.yhdessa.network.people.Person;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups of the network, their meetings, decisions and actions. The coordinator keeps them all;
 * a member sees the groups they belong to; the person responsible for an action marks it done.
 */
@Service
public class Groups {

	private final JdbcClient jdbc;
	private final People people;
	private final Clock clock;

	Groups(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/** A meeting to record: its decisions and its actions (description, responsible person, due date). */
	public record NewMeeting(LocalDate heldOn, String place, String agenda, String minutes, List<String> decisions, List<NewAction> actions) {
	}

	public record NewAction(String description, UUID responsibleId, LocalDate dueOn) {
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Group create(GroupKind kind, LocalizedText name, LocalizedText purpose, String areaCode, List<Group.Member> members) {
		if (kind == null || name == null || purpose == null) {
			throw new Refusal("group.error.incomplete");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into network.network_group (id, kind, name_fi, name_sv, name_en, purpose_fi, purpose_sv, purpose_en, area_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, kind.name(), name.fi(), name.sv(), name.en(), purpose.fi(), purpose.sv(), purpose.en(), areaCode)
			.update();
		members.forEach(m -> jdbc.sql("insert into network.group_member values (?, ?, ?)").params(id, m.personId(), m.role().name()).update());
		return find(id).orElseThrow();
	}

	/** Sets the group's members and their roles; a person left out is no longer a member. */
	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Group setMembers(UUID groupId, List<Group.Member> members) {
		find(groupId).orElseThrow(() -> new Refusal("group.error.notFound"));
		jdbc.sql("delete from network.group_member where group_id = ?").param(groupId).update();
		members.forEach(m -> jdbc.sql("insert into network.group_member values (?, ?, ?)").params(groupId, m.personId(), m.role().name()).update());
		return find(groupId).orElseThrow();
	}

	/** The groups the user sees: every group for the coordinator, their own for a member, none for others. */
	@Transactional(readOnly = true)
	public List<Group> visibleTo(SignedInUser user) {
		if (NetworkAccess.keepsNetwork(user)) {
			return jdbc.sql("select * from network.network_group order by kind, name_fi").query(this::group).list();
		}
		Optional<Person> me = user == null ? Optional.empty() : people.ofAccount(user.id().value());
		return me.map(p -> jdbc.sql("""
				select g.* from network.network_group g join network.group_member m on m.group_id = g.id where m.person_id = ? order by g.kind, g.name_fi
				""").param(p.id()).query(this::group).list()).orElse(List.of());
	}

	/** A group for someone who may see it. */
	@Transactional(readOnly = true)
	public Group visible(SignedInUser user, UUID id) {
		Group group = find(id).orElseThrow(() -> new Refusal("group.error.notFound"));
		if (!NetworkAccess.keepsNetwork(user) && people.ofAccount(user.id().value()).filter(p -> group.hasMember(p.id())).isEmpty()) {
			throw new AccessDeniedException("Only the group's members see its meetings");
		}
		return group;
	}

	@Transactional(readOnly = true)
	public List<Meeting> meetings(SignedInUser user, UUID groupId) {
		visible(user, groupId);
		List<Meeting> meetings = new ArrayList<>();
		jdbc.sql("select * from network.meeting where group_id = ? order by held_on desc").param(groupId).query((ResultSet rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			meetings.add(new Meeting(id, groupId, rs.getDate("held_on").toLocalDate(), rs.getString("place"), rs.getString("agenda"),
					rs.getString("minutes"), List.of(), List.of()));
		});
		return meetings.stream().map(m -> new Meeting(m.id(), m.groupId(), m.heldOn(), m.place(), m.agenda(), m.minutes(),
				jdbc.sql("select text from network.decision where meeting_id = ? order by position").param(m.id()).query(String.class).list(),
				jdbc.sql("select a.*, m.group_id from network.action a join network.meeting m on m.id = a.meeting_id where a.meeting_id = ? order by a.due_on")
					.param(m.id()).query(Groups::action).list()))
			.toList();
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public UUID recordMeeting(UUID groupId, NewMeeting meeting) {
		Group group = find(groupId).orElseThrow(() -> new Refusal("group.error.notFound"));
		if (meeting.heldOn() == null) {
			throw new Refusal("meeting.error.date");
		}
		if (meeting.agenda() == null || meeting.agenda().isBlank()) {
			throw new Refusal("meeting.error.agenda");
		}
		for (NewAction action : meeting.actions()) {
			if (action.description() == null || action.description().isBlank() || action.dueOn() == null || action.responsibleId() == null) {
				throw new Refusal("meeting.error.action");
			}
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into network.meeting (id, group_id, held_on, place, agenda, minutes) values (?, ?, ?, ?, ?, ?)")
			.params(id, group.id(), Date.valueOf(meeting.heldOn()), meeting.place(), meeting.agenda().strip(), meeting.minutes())
			.update();
		int position = 0;
		for (String decision : meeting.decisions()) {
			if (decision != null && !decision.isBlank()) {
				jdbc.sql("insert into network.decision values (?, ?, ?, ?)").params(UUID.randomUUID(), id, decision.strip(), position++).update();
			}
		}
		for (NewAction action : meeting.actions()) {
			jdbc.sql("insert into network.action (id, meeting_id, description, responsible_id, due_on, status) values (?, ?, ?, ?, ?, 'OPEN')")
				.params(UUID.randomUUID(), id, action.description().strip(), action.responsibleId(), Date.valueOf(action.dueOn()))
				.update();
		}
		return id;
	}

	/** What actions are, by id: public, for saying what a proposal changed. */
	@Transactional(readOnly = true)
	public Map<UUID, String> descriptions(Collection<UUID> ids) {
		Map<UUID, String> descriptions = new HashMap<>();
		jdbc.sql("select id, description from network.action where id = any(?)").param(ids.toArray(UUID[]::new))
			.query((ResultSet rs) -> {
				descriptions.put(rs.getObject("id", UUID.class), rs.getString("description"));
			});
		return descriptions;
	}

	/** The open actions of every group, soonest due first, at most {@code limit}: what a proposal's follow-up can point to. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('COORDINATOR')")
	public List<Action> openActions(int limit) {
		return jdbc.sql("select a.*, m.group_id from network.action a join network.meeting m on m.id = a.meeting_id where a.status = 'OPEN' order by a.due_on limit ?")
			.param(limit).query(Groups::action).list();
	}

	/** The open actions of the person linked to an account, by due date: for their worklist. */
	@Transactional(readOnly = true)
	public List<Action> openActionsOf(UUID accountId) {
		return jdbc.sql("""
				select a.*, m.group_id from network.action a join network.meeting m on m.id = a.meeting_id join network.person p on p.id = a.responsible_id
				where p.account_id = ? and a.status = 'OPEN' order by a.due_on
				""").param(accountId).query(Groups::action).list();
	}

	/** Marks an action done, cancelled or open again: its responsible person or the coordinator, over the version they saw. */
	@Transactional
	public Action setStatus(SignedInUser user, UUID actionId, int version, Action.Status status) {
		Action action = jdbc.sql("select a.*, m.group_id from network.action a join network.meeting m on m.id = a.meeting_id where a.id = ?")
			.param(actionId).query(Groups::action).optional().orElseThrow(() -> new Refusal("action.error.notFound"));
		boolean responsible = people.ofAccount(user.id().value()).map(p -> p.id().equals(action.responsibleId())).orElse(false);
		if (!responsible && !NetworkAccess.keepsNetwork(user)) {
			throw new AccessDeniedException("Only the responsible person or the coordinator changes an action");
		}
		if (action.version() != version) {
			throw new StaleEdit();
		}
		Action after = action.moveTo(status, LocalDate.now(clock));
		jdbc.sql("update network.action set status = ?, done_on = ?, version = version + 1 where id = ? and version = ?")
			.params(after.status().name(), after.doneOn() == null ? null : Date.valueOf(after.doneOn()), actionId, version)
			.update();
		return after;
	}

	Optional<Group> find(UUID id) {
		return jdbc.sql("select * from network.network_group where id = ?").param(id).query(this::group).optional();
	}

	private Group group(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Group.Member> members = jdbc.sql("select person_id, role from network.group_member where group_id = ? order by role, person_id")
			.param(id)
			.query((m, n) -> new Group.Member(m.getObject("person_id", UUID.class), Group.Role.valueOf(m.getString("role"))))
			.list();
		return new Group(id, GroupKind.valueOf(rs.getString("kind")), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
				LocalizedText.of(rs.getString("purpose_fi"), rs.getString("purpose_sv"), rs.getString("purpose_en")), rs.getString("area_code"), members);
	}

	static Action action(ResultSet rs, int row) throws SQLException {
		Date done = rs.getDate("done_on");
		return new Action(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getObject("group_id", UUID.class),
				rs.getString("description"), rs.getObject("responsible_id", UUID.class), rs.getDate("due_on").toLocalDate(),
				Action.Status.valueOf(rs.getString("status")), done == null ? null : done.toLocalDate(), rs.getInt("version"));
	}
}
