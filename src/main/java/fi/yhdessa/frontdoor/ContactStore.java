package fi.yhdessa.frontdoor;

import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes contacts as their changes decide and publishes the facts of each change in its
 * transaction. A closing is written only if the contact is still open, so of two answers at the
 * same moment one wins.
 */
@Component
class ContactStore {

	private final JdbcClient jdbc;
	private final Facts facts;

	ContactStore(JdbcClient jdbc, Facts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	/** @param submitterUnitId the unit of the professional who contacts on a family's behalf */
	Contact insert(Changed<Contact> received, UUID submitterUnitId, String privateLinkHash) {
		Contact contact = received.after();
		jdbc.sql("""
				insert into frontdoor.contact (id, reference, unit_id, origin, submitted_by, submitter_unit_id, resident_id, family_name, family_consent,
				  need, topic, child_age, municipality, language, answer_by, phone, email, private_link_hash, received_at, answer_due)
				values (:id, :reference, :unit, :origin, :by, :byUnit, :resident, :family, :consent, :need, :topic, :age, :municipality, :language,
				  :answerBy, :phone, :email, :link, :at, :due)
				""")
			.param("id", contact.id())
			.param("reference", contact.reference())
			.param("unit", contact.unitId())
			.param("origin", contact.origin().name())
			.param("by", contact.submittedBy())
			.param("byUnit", submitterUnitId)
			.param("resident", contact.residentId())
			.param("family", contact.familyName())
			.param("consent", contact.familyConsent())
			.param("need", contact.need())
			.param("topic", contact.topic().name())
			.param("age", contact.childAge())
			.param("municipality", contact.municipality())
			.param("language", contact.language())
			.param("answerBy", contact.answerBy().name())
			.param("phone", contact.phone())
			.param("email", contact.email())
			.param("link", privateLinkHash)
			.param("at", Timestamp.from(contact.receivedAt()))
			.param("due", contact.answerDue())
			.update();
		return facts.publish(received);
	}

	/** Writes the closing if the contact is still open; empty when another answer came first. */
	Optional<Contact> close(Changed<Contact> closing) {
		Contact closed = closing.after();
		int updated = jdbc.sql("""
				update frontdoor.contact set outcome = :outcome, answer = :answer, routed_service_id = :service, routed_unit_id = :unit, routed_mode = :mode,
				  closed_at = :at, closed_by = :by, assigned_to = :assigned, urgency = :urgency, triaged_at = coalesce(triaged_at, :at)
				where id = :id and outcome is null
				""")
			.param("outcome", closed.outcome().name())
			.param("answer", closed.answer())
			.param("service", closed.routedServiceId())
			.param("unit", closed.routedUnitId())
			.param("mode", closed.routedMode() == null ? null : closed.routedMode().name())
			.param("at", Timestamp.from(closed.closedAt()))
			.param("by", closed.closedBy())
			.param("assigned", closed.assignedTo())
			.param("urgency", closed.urgency().name())
			.param("id", closed.id())
			.update();
		return updated == 0 ? Optional.empty() : Optional.of(facts.publish(closing));
	}

	Optional<Contact> find(UUID id) {
		return jdbc.sql("select * from frontdoor.contact where id = ?").param(id).query(ContactStore::contact).optional();
	}

	static Contact contact(ResultSet rs, int n) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Contact(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("unit_id", UUID.class),
				Contact.Origin.valueOf(rs.getString("origin")), rs.getString("submitted_by"), rs.getObject("resident_id", UUID.class),
				rs.getString("family_name"), rs.getBoolean("family_consent"), rs.getString("need"), Contact.Topic.valueOf(rs.getString("topic")),
				rs.getObject("child_age", Integer.class), rs.getString("municipality"), rs.getString("language"),
				Contact.AnswerBy.valueOf(rs.getString("answer_by")), rs.getString("phone"), rs.getString("email"),
				rs.getTimestamp("received_at").toInstant(), rs.getObject("answer_due", LocalDate.class),
				Contacts.enumOrNull(Contact.Urgency.class, rs.getString("urgency")), rs.getString("assigned_to"),
				Contacts.enumOrNull(Contact.Outcome.class, rs.getString("outcome")), rs.getString("answer"), rs.getObject("routed_service_id", UUID.class),
				rs.getObject("routed_unit_id", UUID.class), Contacts.enumOrNull(BookingMode.class, rs.getString("routed_mode")),
				closed == null ? null : closed.toInstant(), rs.getString("closed_by"));
	}
}
