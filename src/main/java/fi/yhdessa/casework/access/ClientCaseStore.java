package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes cases as their changes decide — opened, given a new responsible worker, closed — with the
 * history of responsibility, and publishes the facts of each change in its transaction. A closed
 * case is not written again.
 */
@Component
public class ClientCaseStore {

	private final JdbcClient jdbc;
	private final Facts facts;

	ClientCaseStore(JdbcClient jdbc, Facts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	void insert(Changed<ClientCase> opened, String reason) {
		ClientCase c = opened.after();
		jdbc.sql("""
				insert into casework.client_case (id, reference, family_id, child_id, unit_id, organisation_id, origin, origin_reference, opened_at, opened_by,
				  responsible_worker, kind)
				values (:id, :reference, :family, :child, :unit, :organisation, :origin, :originReference, :at, :by, :worker, :kind)
				""")
			.param("id", c.id())
			.param("reference", c.reference())
			.param("family", c.familyId())
			.param("child", c.childId())
			.param("unit", c.unitId())
			.param("organisation", c.organisationId())
			.param("origin", c.origin().name())
			.param("originReference", c.originReference())
			.param("at", Timestamp.from(c.openedAt()))
			.param("by", c.openedBy())
			.param("worker", c.responsibleWorker())
			.param("kind", c.kind().name())
			.update();
		responsibility(c.id(), c.openedAt(), c.responsibleWorker(), reason, c.openedBy());
		facts.publish(opened);
	}

	void assign(Changed<ClientCase> assigned, Instant at, String reason, String changedBy) {
		ClientCase c = assigned.after();
		int updated = jdbc.sql("""
				update casework.client_case set responsible_worker = :worker, unit_id = :unit, organisation_id = :organisation where id = :id and closed_at is null
				""")
			.param("worker", c.responsibleWorker())
			.param("unit", c.unitId())
			.param("organisation", c.organisationId())
			.param("id", c.id())
			.update();
		if (updated == 0) {
			throw new Problem("case.error.closed");
		}
		responsibility(c.id(), at, c.responsibleWorker(), reason, changedBy);
		facts.publish(assigned);
	}

	void close(Changed<ClientCase> closed, String closedBy) {
		ClientCase c = closed.after();
		int updated = jdbc.sql("""
				update casework.client_case set closed_at = :at, closed_by = :by, close_reason = :reason, outcome = :outcome
				where id = :id and closed_at is null
				""")
			.param("at", Timestamp.from(c.closedAt()))
			.param("by", closedBy)
			.param("reason", c.closeReason())
			.param("outcome", c.outcome().name())
			.param("id", c.id())
			.update();
		if (updated == 0) {
			throw new Problem("case.error.closed");
		}
		facts.publish(closed);
	}

	private void responsibility(UUID caseId, Instant since, UUID worker, String reason, String changedBy) {
		jdbc.sql("insert into casework.responsibility (case_id, since, worker, reason, changed_by) values (:case, :since, :worker, :reason, :by)")
			.param("case", caseId)
			.param("since", Timestamp.from(since))
			.param("worker", worker)
			.param("reason", reason)
			.param("by", changedBy)
			.update();
	}
}
