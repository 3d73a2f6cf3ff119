package fi.yhdessa.casework.plan;

import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the versions of client plans as their changes decide, and publishes the facts of each change in its transaction. */
@Component
public class PlanStore {

	private final JdbcClient jdbc;
	private final Facts facts;

	PlanStore(JdbcClient jdbc, Facts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	PlanVersion insert(Changed<PlanVersion> written) {
		PlanVersion plan = written.after();
		jdbc.sql("""
				insert into casework.plan_version (case_id, version, goals, measures, commitments, review_on, written_at, written_by)
				values (:case, :version, cast(:goals as jsonb), cast(:measures as jsonb), cast(:commitments as jsonb), :review, :at, :by)
				""")
			.param("case", plan.caseId())
			.param("version", plan.version())
			.param("goals", CaseStore.JSON.writeValueAsString(plan.goals()))
			.param("measures", CaseStore.JSON.writeValueAsString(plan.measures()))
			.param("commitments", CaseStore.JSON.writeValueAsString(plan.commitments()))
			.param("review", plan.reviewOn())
			.param("at", Timestamp.from(plan.writtenAt()))
			.param("by", plan.writtenBy())
			.update();
		return facts.publish(written);
	}

	/** Writes the agreement unless the version was agreed meanwhile. */
	PlanVersion agree(Changed<PlanVersion> agreed) {
		PlanVersion plan = agreed.after();
		int updated = jdbc.sql("""
				update casework.plan_version set agreed_at = :at, agreement_note = :note, agreement_recorded_by = :by
				where case_id = :case and version = :version and agreed_at is null
				""")
			.param("at", Timestamp.from(plan.agreedAt()))
			.param("note", plan.agreementNote())
			.param("by", plan.agreementRecordedBy())
			.param("case", plan.caseId())
			.param("version", plan.version())
			.update();
		if (updated == 0) {
			throw new Problem("plan.error.agreed");
		}
		return facts.publish(agreed);
	}
}
