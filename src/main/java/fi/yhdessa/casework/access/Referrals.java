package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.frontdoor.FrontDoor;
import fi.yhdessa.frontdoor.events.ConcernRaised;
import fi.yhdessa.frontdoor.events.ContactRouted;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.SignedInUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the front door sends to casework: contacts routed to a service-needs assessment, and
 * invitations to family social work. Each waits here until a worker opens the case from it.
 */
@Service
public class Referrals {

	private final JdbcClient jdbc;
	private final Network network;
	private final AccessLog accessLog;
	private final FrontDoor frontDoor;

	Referrals(JdbcClient jdbc, Network network, AccessLog accessLog, FrontDoor frontDoor) {
		this.jdbc = jdbc;
		this.network = network;
		this.accessLog = accessLog;
		this.frontDoor = frontDoor;
	}

	private static Referral referral(ResultSet rs, int row) throws SQLException {
		return new Referral(rs.getObject("id", UUID.class), ClientCase.Origin.valueOf(rs.getString("source")), rs.getString("source_reference"),
				rs.getObject("resident_id", UUID.class), rs.getString("family_name"), rs.getString("municipality"), (Integer) rs.getObject("child_age"),
				rs.getString("note"), rs.getTimestamp("received_at").toInstant(), rs.getObject("case_id", UUID.class));
	}

	/** A referral waiting for a case; shows the reference and what the front door passed on. */
	public record Referral(UUID id, ClientCase.Origin source, String sourceReference, UUID residentId, String familyName, String municipality,
			Integer childAge, String note, Instant receivedAt, UUID caseId) {
	}

	/** A contact routed to an assessment waits here; what it passes on is asked of the front door, which logs the hand-over. */
	@ApplicationModuleListener
	void on(ContactRouted fact) {
		if (!fact.toAssessment()) {
			return;
		}
		frontDoor.routedToAssessment(fact.contactId()).ifPresent(routed -> jdbc.sql("""
				insert into casework.referral (id, source, source_id, source_reference, resident_id, family_name, municipality, child_age, note, received_at)
				values (:id, 'CONTACT', :source, :reference, :resident, :family, :municipality, :age, :note, :at) on conflict (source_id) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("source", routed.contactId())
			.param("reference", routed.reference())
			.param("resident", routed.residentId())
			.param("family", routed.familyName())
			.param("municipality", routed.municipality())
			.param("age", routed.childAge())
			.param("note", routed.note())
			.param("at", Timestamp.from(routed.routedAt()))
			.update());
	}

	/** An invitation to family social work after a concern conversation is a referral too; invitations to other units stay at the front door. */
	@ApplicationModuleListener
	void on(ConcernRaised raised) {
		if (raised.invitedUnitId() == null || network.unit(new UnitId(raised.invitedUnitId()))
			.filter(unit -> unit.kind() == UnitKind.FAMILY_SOCIAL_WORK || unit.kind() == UnitKind.CHILD_WELFARE)
			.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into casework.referral (id, source, source_id, source_reference, received_at)
				values (:id, 'INVITATION', :source, :reference, :at) on conflict (source_id) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("source", raised.concernId())
			.param("reference", "concern " + raised.zone().toLowerCase(Locale.ROOT))
			.param("at", Timestamp.from(raised.heldAt()))
			.update();
	}

	/** A referral waiting for its case, for the worker who opens the case from it; the read is logged. */
	@Transactional
	public Optional<Referral> open(SignedInUser user, UUID id) {
		Optional<Referral> referral = jdbc.sql("select * from casework.referral where id = :id and case_id is null").param("id", id).query(Referrals::referral).optional();
		referral.ifPresent(r -> accessLog.record(AccessEntry.by(user, AccessEntry.Action.READ,
				"casework.referral", id.toString(), r.residentId() == null ? List.of() : List.of(r.residentId()), "opening a case from a referral")));
		return referral;
	}

	/** The referrals no case was opened from yet, the oldest first. */
	@Transactional(readOnly = true)
	public PageOf<Referral> waiting(PageRequest page) {
		long total = jdbc.sql("select count(*) from casework.referral where case_id is null").query(Long.class).single();
		List<Referral> items = jdbc.sql("select * from casework.referral where case_id is null order by received_at limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Referrals::referral)
			.list();
		return new PageOf<>(items, page, total);
	}
}
