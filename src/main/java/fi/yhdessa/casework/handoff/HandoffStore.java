package fi.yhdessa.casework.handoff;

import fi.yhdessa.casework.AlreadyAnswered;
import fi.yhdessa.casework.Handoff;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes hand-offs as their changes decide and publishes the facts of each change in its
 * transaction. A change is written only from the state it was decided in, so of two answers at the
 * same moment exactly one wins and the other gets {@link AlreadyAnswered}.
 */
@Component
public class HandoffStore {

	private final JdbcClient jdbc;
	private final Facts facts;

	HandoffStore(JdbcClient jdbc, Facts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	Handoff insert(Changed<Handoff> proposed) {
		Handoff h = proposed.after();
		jdbc.sql("""
				insert into casework.handoff (id, case_id, from_worker, from_unit, to_organisation, to_unit, to_worker, transfer, context, consent_id, legal_basis,
				  replaces, status, proposed_at, answer_due)
				values (:id, :case, :from, :fromUnit, :organisation, :unit, :worker, :transfer, :context, :consent, :basis, :replaces, 'PROPOSED', :at, :due)
				""")
			.param("id", h.id())
			.param("case", h.caseId())
			.param("from", h.fromWorker())
			.param("fromUnit", h.fromUnit())
			.param("organisation", h.toOrganisation())
			.param("unit", h.toUnit())
			.param("worker", h.toWorker())
			.param("transfer", h.transfer())
			.param("context", h.context().strip())
			.param("consent", h.consentId())
			.param("basis", h.legalBasis())
			.param("replaces", h.replaces())
			.param("at", Timestamp.from(h.proposedAt()))
			.param("due", h.answerDue())
			.update();
		return facts.publish(proposed);
	}

	/** Writes an answer (accepted, declined or expired) of a hand-off that is still proposed. */
	Handoff answer(Changed<Handoff> answered) {
		Handoff h = answered.after();
		int updated = jdbc.sql("""
				update casework.handoff set status = :status, answered_at = :at, answered_by = :by, decline_reason = :reason
				where id = :id and status = 'PROPOSED'
				""")
			.param("status", h.status().name())
			.param("at", Timestamp.from(h.answeredAt()))
			.param("by", h.answeredBy())
			.param("reason", h.declineReason())
			.param("id", h.id())
			.update();
		if (updated == 0) {
			throw new AlreadyAnswered();
		}
		return facts.publish(answered);
	}

	/** Writes the completion of a hand-off that is still accepted. */
	Handoff complete(Changed<Handoff> completed) {
		Handoff h = completed.after();
		int updated = jdbc.sql("update casework.handoff set status = 'COMPLETED', first_meeting_on = :met where id = :id and status = 'ACCEPTED'")
			.param("met", h.firstMeetingOn())
			.param("id", h.id())
			.update();
		if (updated == 0) {
			throw new AlreadyAnswered();
		}
		return facts.publish(completed);
	}

	/** How many hand-offs of the case proposed before the given moment returned: declined or expired. */
	public int returnedBefore(UUID caseId, Instant proposedAt) {
		return jdbc.sql("select count(*) from casework.handoff where case_id = :case and proposed_at < :at and status in ('DECLINED', 'EXPIRED')")
			.param("case", caseId)
			.param("at", Timestamp.from(proposedAt))
			.query(Integer.class)
			.single();
	}

	/** The hand-offs still proposed after their answer day, for the expiry. */
	List<UUID> overdue(LocalDate today) {
		return jdbc.sql("select id from casework.handoff where status = 'PROPOSED' and answer_due < :today order by answer_due limit 500")
			.param("today", today)
			.query(UUID.class)
			.list();
	}
}
