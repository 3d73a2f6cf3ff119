package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insight's append-only store of facts. A fact is kept once, by its id, and the aggregates take it
 * in the same transaction, so a fact delivered twice — after a crash, or told again by a backfill —
 * is counted once.
 */
@Component
public class FactStore {

	private final JdbcClient jdbc;
	private final Aggregates aggregates;

	FactStore(JdbcClient jdbc, Aggregates aggregates) {
		this.jdbc = jdbc;
		this.aggregates = aggregates;
	}

	/** Keeps the fact and counts it; false when it was kept already. */
	@Transactional
	public boolean record(Fact fact) {
		int inserted = FactParameters.place(jdbc.sql("""
				insert into insight.fact (id, kind, occurred_at, month, municipality, area, unit_id, service_kind, channel, age_group, language, detail, on_time,
				  value, base, due, due_final, family_key, subject_key)
				values (:id, :kind, :at, :month, :municipality, :area, :unit, :serviceKind, :channel, :age, :language, :detail, :onTime, :value, :base, :due,
				  :dueFinal, :family, :subject)
				on conflict (id) do nothing
				"""), fact)
			.param("id", fact.id())
			.param("kind", fact.kind().name())
			.param("at", Timestamp.from(fact.occurredAt()))
			.param("detail", fact.detail())
			.param("onTime", fact.onTime())
			.param("value", fact.value())
			.param("base", fact.base())
			.param("due", fact.due() == null ? null : Date.valueOf(fact.due()))
			.param("dueFinal", fact.dueFinal() == null ? null : Date.valueOf(fact.dueFinal()))
			.param("family", fact.familyKey())
			.param("subject", fact.subjectKey())
			.update();
		if (inserted == 0) {
			return false;
		}
		aggregates.add(fact);
		return true;
	}

	/** Whether the family contacted the front door in the year before this moment: the contact is then a repeat contact. */
	@Transactional(readOnly = true)
	public boolean contactedBefore(byte[] familyKey, Instant at) {
		return familyKey != null && jdbc.sql("""
				select exists (select 1 from insight.fact where family_key = :family and kind = :kind and occurred_at < :at and occurred_at >= :since)
				""")
			.param("family", familyKey)
			.param("kind", FactKind.CONTACT_RECEIVED.name())
			.param("at", Timestamp.from(at))
			.param("since", Timestamp.from(at.minus(Duration.ofDays(365))))
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from insight.fact").query(Long.class).single();
	}
}
