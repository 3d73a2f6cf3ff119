package fi.yhdessa.frontdoor;

import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concern conversations and the invitations they send, with the family's consent, to another
 * unit's queue. A concern becomes a child welfare notification only by the professional's
 * explicit act, recorded with the fact that the family was told.
 */
@Service
class Concerns {

	static final String KIND = "frontdoor.concern";
	static final String INVITATION_LIST = "the invited unit's list of invitations with the family's consent";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AccessLog accessLog;
	private final Notifications notifications;
	private final Facts facts;

	Concerns(JdbcClient jdbc, Clock clock, AccessLog accessLog, Notifications notifications, Facts facts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accessLog = accessLog;
		this.notifications = notifications;
		this.facts = facts;
	}

	@Transactional
	UUID record(SignedInUser user, ConcernForm form) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(clock);
		boolean invites = form.getInvitedUnit() != null;
		Changed<Concern> raised = Concern.hold(new Concern(id, user.unitId(), user.organisationId(), user.getUsername(), form.getChildName(), form.getChildBirthYear(),
				form.getLevel(), form.getDiscussed(), form.getAgreed(), Contacts.blankToNull(form.getStrengths()), Contacts.blankToNull(form.getWorries()),
				Contacts.blankToNull(form.getSupportAtHome()), Contacts.blankToNull(form.getSupportHere()), form.getInvitedUnit(),
				invites && form.isFamilyConsent(), invites ? now : null, now, invites ? Concern.InvitationStatus.OPEN : null, null, null));
		Concern held = raised.after();
		jdbc.sql("""
				insert into frontdoor.concern (id, unit_id, organisation_id, author, child_name, child_birth_year, level, discussed, agreed, strengths, worries,
				  support_at_home, support_here, invited_unit_id, family_consent, consent_recorded_at, held_at, invitation_status)
				values (:id, :unit, :organisation, :author, :child, :born, :level, :discussed, :agreed, :strengths, :worries, :home, :here, :invited,
				  :consent, :consentAt, :at, :status)
				""")
			.param("id", held.id())
			.param("unit", held.unitId())
			.param("organisation", held.organisationId())
			.param("author", held.author())
			.param("child", held.childName())
			.param("born", held.childBirthYear())
			.param("level", held.level().name())
			.param("discussed", held.discussed())
			.param("agreed", held.agreed())
			.param("strengths", held.strengths())
			.param("worries", held.worries())
			.param("home", held.supportAtHome())
			.param("here", held.supportHere())
			.param("invited", held.invitedUnitId())
			.param("consent", held.familyConsent())
			.param("consentAt", held.consentRecordedAt() == null ? null : Timestamp.from(held.consentRecordedAt()))
			.param("at", Timestamp.from(held.heldAt()))
			.param("status", held.invitationStatus() == null ? null : held.invitationStatus().name())
			.update();
		facts.publish(raised);
		accessLog.record(Access.write(user, KIND, id, null, "record of a concern conversation held with the family"));
		return id;
	}

	/** The professional's own concern conversations, newest first; each shown is logged. */
	@Transactional
	List<Concern> recordedBy(SignedInUser user) {
		List<Concern> concerns = jdbc.sql("select * from frontdoor.concern where author = ? order by held_at desc limit 50")
			.param(user.getUsername())
			.query(Concerns::concern)
			.list();
		concerns.forEach(c -> accessLog.record(Access.read(user, KIND, c.id(), null, "the professional's own record")));
		return concerns;
	}

	/** The invitations to the staff member's unit, open ones first, each with whose concern it is; each one listed is logged as read. */
	@Transactional
	PageOf<Concern> invitations(SignedInUser user, PageRequest page) {
		List<Concern> items = jdbc.sql("""
				select * from frontdoor.concern where invited_unit_id = :unit
				order by case invitation_status when 'OPEN' then 0 when 'ACCEPTED' then 1 else 2 end, held_at limit :limit offset :offset
				""")
			.param("unit", user.unitId())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Concerns::concern)
			.list();
		// The list says whose concern each is: each one shown is read, on the consent the family gave.
		items.forEach(concern -> accessLog.record(Access.read(user, KIND, concern.id(), null, INVITATION_LIST)));
		long total = jdbc.sql("select count(*) from frontdoor.concern where invited_unit_id = ?").param(user.unitId()).query(Long.class).single();
		return new PageOf<>(items, page, total);
	}

	/** One concern for its author or a worker of the invited unit; logged. Anyone else: empty and a denied entry. */
	@Transactional
	Optional<Concern> open(SignedInUser user, UUID id) {
		Optional<Concern> found = find(id);
		if (found.isEmpty()) {
			return found;
		}
		Concern concern = found.get();
		boolean author = user.getUsername().equals(concern.author());
		boolean invited = concern.invitedUnitId() != null && concern.invitedUnitId().equals(user.unitId()) && user.isStaff();
		if (!author && !invited) {
			accessLog.record(Access.denied(user, KIND, id));
			return Optional.empty();
		}
		accessLog.record(Access.read(user, KIND, id, null, author ? "the professional's own record"
				: "invitation with the family's consent: recorded " + concern.consentRecordedAt()));
		return found;
	}

	@Transactional
	boolean handleInvitation(SignedInUser user, UUID id, Concern.InvitationStatus status) {
		int changed = jdbc.sql("""
				update frontdoor.concern set invitation_status = ?, invitation_handled_by = ?, invitation_handled_at = ?
				where id = ? and invited_unit_id = ? and invitation_status <> 'MET'
				""")
			.params(status.name(), user.getUsername(), Timestamp.from(Instant.now(clock)), id, user.unitId())
			.update();
		if (changed > 0) {
			accessLog.record(Access.write(user, KIND, id, null, "handling of an invitation with the family's consent"));
		}
		return changed > 0;
	}

	/**
	 * Makes a child welfare notification of the author's concern: only by this explicit act, and
	 * only when the professional records that the family was told.
	 */
	@Transactional
	Optional<Notifications.Received> notify(SignedInUser user, UUID id, NotificationForm form) {
		Optional<Concern> concern = find(id).filter(c -> user.getUsername().equals(c.author()) && c.notificationId() == null);
		if (concern.isEmpty()) {
			return Optional.empty();
		}
		Notifications.Received received = notifications.submit(user, form, id);
		jdbc.sql("update frontdoor.concern set notification_id = ? where id = ?").params(received.id(), id).update();
		accessLog.record(Access.write(user, KIND, id, null, "notification duty (Child Welfare Act 417/2007 §25), the family told"));
		return Optional.of(received);
	}

	Optional<Concern> find(UUID id) {
		return jdbc.sql("select * from frontdoor.concern where id = ?").param(id).query(Concerns::concern).optional();
	}

	static Concern concern(ResultSet rs, int n) throws SQLException {
		Timestamp consent = rs.getTimestamp("consent_recorded_at");
		return new Concern(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("author"), rs.getString("child_name"), rs.getInt("child_birth_year"), Concern.Level.valueOf(rs.getString("level")),
				rs.getString("discussed"), rs.getString("agreed"), rs.getString("strengths"), rs.getString("worries"), rs.getString("support_at_home"),
				rs.getString("support_here"), rs.getObject("invited_unit_id", UUID.class), rs.getBoolean("family_consent"),
				consent == null ? null : consent.toInstant(), rs.getTimestamp("held_at").toInstant(),
				Contacts.enumOrNull(Concern.InvitationStatus.class, rs.getString("invitation_status")), rs.getString("invitation_handled_by"),
				rs.getObject("notification_id", UUID.class));
	}
}
