package fi.yhdessa.frontdoor;

import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.WorkingDays;
import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Child welfare notifications and the intake queue with the decision clock of Child Welfare Act §26. */
@Service
class Notifications {

	static final String KIND = "frontdoor.notification";
	/** Child Welfare Act §26: the decision whether to start an assessment by the seventh working day after receipt. */
	static final int DECISION_WORKING_DAYS = 7;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final WorkingDays workingDays;
	private final AccessLog accessLog;
	private final Network network;
	private final Contacts contacts;
	private final Facts facts;

	Notifications(JdbcClient jdbc, Clock clock, WorkingDays workingDays, AccessLog accessLog, Network network, Contacts contacts, Facts facts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.workingDays = workingDays;
		this.accessLog = accessLog;
		this.network = network;
		this.contacts = contacts;
		this.facts = facts;
	}

	record Received(UUID id, String reference, LocalDate decisionDue) implements Serializable {
	}

	@Transactional
	Received submit(SignedInUser user, NotificationForm form, UUID fromConcern) {
		boolean professional = user != null && user.isStaff();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.now(clock);
		String reference = contacts.reference("LS", "frontdoor.notification_number", today);
		LocalDate due = workingDays.afterWorkingDays(today, DECISION_WORKING_DAYS);
		UUID unit = network.units(UnitKind.CHILD_WELFARE).stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The network has no child welfare unit"))
			.id()
			.value();
		Changed<Notification> received = Notification.receive(new Notification(id, reference, unit,
				professional ? Notification.ReporterKind.PROFESSIONAL : Notification.ReporterKind.RESIDENT, user == null ? null : user.getUsername(),
				professional ? user.displayName() : Contacts.blankToNull(form.getReporterName()), Contacts.blankToNull(form.getReporterContact()),
				form.getChildName(), form.getChildBirthYear(), form.getMunicipality(), form.getDescription(), fromConcern, fromConcern != null, now, due, null,
				null, null, null, null, null, null, null, null));
		Notification n = received.after();
		jdbc.sql("""
				insert into frontdoor.notification (id, reference, unit_id, reporter_kind, reported_by, reporter_unit_id, reporter_name, reporter_contact,
				  child_name, child_birth_year, municipality, description, from_concern_id, family_told, received_at, decision_due)
				values (:id, :reference, :unit, :kind, :by, :byUnit, :name, :contact, :child, :born, :municipality, :description, :concern, :told, :at, :due)
				""")
			.param("id", n.id())
			.param("reference", n.reference())
			.param("unit", n.unitId())
			.param("kind", n.reporterKind().name())
			.param("by", n.reportedBy())
			.param("byUnit", user == null ? null : user.unitId())
			.param("name", n.reporterName())
			.param("contact", n.reporterContact())
			.param("child", n.childName())
			.param("born", n.childBirthYear())
			.param("municipality", n.municipality())
			.param("description", n.description())
			.param("concern", n.fromConcernId())
			.param("told", n.familyTold())
			.param("at", Timestamp.from(n.receivedAt()))
			.param("due", n.decisionDue())
			.update();
		facts.publish(received);
		accessLog.record(Access.write(user, KIND, id, null, professional ? "notification duty (Child Welfare Act 417/2007 §25)"
				: "child welfare notification by a resident (Child Welfare Act 417/2007 §25)"));
		return new Received(id, reference, due);
	}

	/** The intake queue: open notifications with those whose urgency is not yet assessed first, then by the decision clock. */
	@Transactional(readOnly = true)
	PageOf<Notification> queue(SignedInUser user, boolean open, PageRequest page) {
		String where = open ? "unit_id = :unit and decision is null" : "unit_id = :unit and decision is not null";
		String order = open ? "urgency is not null, case urgency when 'IMMEDIATE' then 0 when 'URGENT' then 1 else 2 end, decision_due, received_at"
				: "decided_at desc";
		List<Notification> items = jdbc.sql("select * from frontdoor.notification where " + where + " order by " + order + " limit :limit offset :offset")
			.param("unit", user.unitId())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Notifications::notification)
			.list();
		long total = jdbc.sql("select count(*) from frontdoor.notification where " + where).param("unit", user.unitId()).query(Long.class).single();
		return new PageOf<>(items, page, total);
	}

	@Transactional(readOnly = true)
	List<Notification> submittedBy(SignedInUser user) {
		return jdbc.sql("select * from frontdoor.notification where reported_by = ? order by received_at desc limit 50")
			.param(user.getUsername())
			.query(Notifications::notification)
			.list();
	}

	/** One notification, for the intake workers of its unit or the professional who made it; logged. Anyone else: empty and a denied entry. */
	@Transactional
	Optional<Notification> open(SignedInUser user, UUID id) {
		Optional<Notification> found = find(id);
		if (found.isEmpty()) {
			return found;
		}
		boolean intake = user.has(Role.CHILD_WELFARE_WORKER) && found.get().unitId().equals(user.unitId());
		boolean reporter = user.getUsername().equals(found.get().reportedBy());
		if (!intake && !reporter) {
			accessLog.record(Access.denied(user, KIND, id));
			return Optional.empty();
		}
		accessLog.record(Access.read(user, KIND, id, null,
				intake ? "intake of a child welfare notification (Child Welfare Act 417/2007 §26)" : "the reporter's own notification"));
		return found;
	}

	@Transactional
	boolean assessUrgency(SignedInUser user, UUID id, Notification.Urgency urgency) {
		Optional<Notification> open = inIntake(user, id);
		if (open.isEmpty()) {
			return false;
		}
		Changed<Notification> assessed = open.get().assessUrgency(urgency, user.getUsername(), Instant.now(clock));
		int changed = jdbc.sql("""
				update frontdoor.notification set urgency = ?, urgency_assessed_at = ?, urgency_assessed_by = ?
				where id = ? and decision is null
				""")
			.params(urgency.name(), Timestamp.from(assessed.after().urgencyAssessedAt()), user.getUsername(), id)
			.update();
		return logged(user, id, published(changed, assessed), "assessment of urgency (Child Welfare Act 417/2007 §26)");
	}

	/** Records the decision and the notice of it to the child and the guardians; the urgency must have been assessed. */
	@Transactional
	boolean decide(SignedInUser user, UUID id, Notification.Decision decision, String reasons, LocalDate childNotifiedOn,
			LocalDate guardiansNotifiedOn) {
		Optional<Notification> open = inIntake(user, id).filter(n -> n.urgency() != null);
		if (open.isEmpty()) {
			return false;
		}
		Changed<Notification> decided = open.get().decide(decision, reasons, childNotifiedOn, guardiansNotifiedOn, user.getUsername(), Instant.now(clock),
				LocalDate.now(clock));
		int changed = jdbc.sql("""
				update frontdoor.notification set decision = ?, decision_reasons = ?, decided_at = ?, decided_by = ?, child_notified_on = ?,
				  guardians_notified_on = ?
				where id = ? and decision is null and urgency is not null
				""")
			.params(decision.name(), reasons, Timestamp.from(decided.after().decidedAt()), user.getUsername(), childNotifiedOn, guardiansNotifiedOn, id)
			.update();
		return logged(user, id, published(changed, decided), "decision on starting an assessment (Child Welfare Act 417/2007 §26)");
	}

	/** An undecided notification of the user's own intake unit. */
	private Optional<Notification> inIntake(SignedInUser user, UUID id) {
		return find(id).filter(n -> n.isOpen() && n.unitId().equals(user.unitId()));
	}

	private int published(int changed, Changed<Notification> change) {
		if (changed > 0) {
			facts.publish(change);
		}
		return changed;
	}

	private boolean logged(SignedInUser user, UUID id, int changed, String basis) {
		if (changed == 0) {
			return false;
		}
		accessLog.record(Access.write(user, KIND, id, null, basis));
		return true;
	}

	Optional<Notification> find(UUID id) {
		return jdbc.sql("select * from frontdoor.notification where id = ?").param(id).query(Notifications::notification).optional();
	}

	static Notification notification(ResultSet rs, int n) throws SQLException {
		Timestamp assessed = rs.getTimestamp("urgency_assessed_at");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Notification(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("unit_id", UUID.class),
				Notification.ReporterKind.valueOf(rs.getString("reporter_kind")), rs.getString("reported_by"), rs.getString("reporter_name"),
				rs.getString("reporter_contact"), rs.getString("child_name"), rs.getInt("child_birth_year"), rs.getString("municipality"),
				rs.getString("description"), rs.getObject("from_concern_id", UUID.class), rs.getBoolean("family_told"),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("decision_due", LocalDate.class),
				Contacts.enumOrNull(Notification.Urgency.class, rs.getString("urgency")), assessed == null ? null : assessed.toInstant(),
				rs.getString("urgency_assessed_by"), Contacts.enumOrNull(Notification.Decision.class, rs.getString("decision")),
				rs.getString("decision_reasons"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
				rs.getObject("child_notified_on", LocalDate.class), rs.getObject("guardians_notified_on", LocalDate.class));
	}
}
