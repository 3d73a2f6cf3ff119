package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.DayRanges;
import fi.yhdessa.insight.facts.Deadline;
import fi.yhdessa.insight.facts.FactKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drops the aggregates and makes them again from the facts, in one transaction, set at a time. Facts
 * arriving meanwhile wait for it and are then counted on top; so do reads of the aggregates'
 * tables, while the dashboard's figures come on from memory. Every node reloads its copy.
 */
@Component
public class Rebuild {

	private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
	static final String FIGURE_KEY = "kind, month, municipality, area, unit_id, service_kind, channel, age_group, language, detail, on_time";

	/** For this transaction only: the figures of ten million facts hash in about 150 MB. */
	private static final String WORK_MEMORY = "256MB";

	private final JdbcClient jdbc;

	Rebuild(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return how long it took */
	@Transactional
	public Duration run() {
		long started = System.nanoTime();
		// Grouping ten million facts by sorting on disk takes three times as long as by hashing in memory.
		jdbc.sql("set local work_mem = '" + WORK_MEMORY + "'").update();
		// Truncated, the tables take the new rows without checking them against the old ones in their unique indexes: twice as fast as deleting.
		jdbc.sql("truncate insight.figure, insight.open_deadline, insight.goal_attainment, insight.everyday_rating").update();
		jdbc.sql("insert into insight.figure (" + FIGURE_KEY + ", value, n, total) select " + FIGURE_KEY + ", " + keyedValue()
				+ " as keyed, count(*), coalesce(sum(value), 0) from insight.fact group by " + FIGURE_KEY + ", keyed").update();
		for (Deadline deadline : Deadline.values()) {
			jdbc.sql("""
					insert into insight.open_deadline (subject_key, clock, due, opened_at, opened_by, month, municipality, area, unit_id, service_kind, channel,
					  age_group, language)
					select distinct on (f.subject_key) f.subject_key, :clock, f.%s, f.occurred_at, f.id, f.month, f.municipality, f.area, f.unit_id,
					  f.service_kind, f.channel, f.age_group, f.language
					from insight.fact f
					where f.kind = :openedBy and f.%1$s is not null and f.subject_key is not null
					  and not exists (select 1 from insight.fact m where m.subject_key = f.subject_key and m.kind = any(:metBy))
					order by f.subject_key, f.occurred_at, f.id
					""".formatted(deadline.dueFinal() ? "due_final" : "due"))
				.param("clock", deadline.name())
				.param("openedBy", deadline.openedBy().name())
				.param("metBy", deadline.metBy().stream().map(Enum::name).toArray(String[]::new))
				.update();
		}
		outcomes("insight.goal_attainment", "baseline, baseline_at, latest, latest_at", FactKind.GOAL_ATTAINMENT_RATED, "AGREEMENT", "REVIEW");
		outcomes("insight.everyday_rating", "start_rating, start_at, end_rating, end_at", FactKind.EVERYDAY_LIFE_RATED, "START", "END");
		jdbc.sql("update insight.rebuild set generation = generation + 1, rebuilt_at = now() where id = 1").update();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Rebuilt insight's aggregates from its facts in {} ms", took.toMillis());
		return took;
	}

	/** When the aggregates were last made again from the facts; empty before the first rebuild. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastRun() {
		return jdbc.sql("select rebuilt_at from insight.rebuild where id = 1").query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	/** The earliest rating of the first stage, the latest of the second, and the month and dimensions of the newest of all. */
	private void outcomes(String table, String columns, FactKind kind, String firstStage, String laterStage) {
		jdbc.sql("""
				with rated as (select subject_key, family_key, value, occurred_at, detail, month, municipality, area, unit_id, service_kind, age_group
				  from insight.fact where kind = :kind and subject_key is not null),
				first as (select distinct on (subject_key) subject_key, value, occurred_at from rated where detail = :first order by subject_key, occurred_at),
				later as (select distinct on (subject_key) subject_key, value, occurred_at from rated where detail = :later order by subject_key, occurred_at desc),
				newest as (select distinct on (subject_key) * from rated order by subject_key, occurred_at desc)
				insert into %s (subject_key, family_key, %s, newest_at, month, municipality, area, unit_id, service_kind, age_group)
				select n.subject_key, n.family_key, f.value, f.occurred_at, l.value, l.occurred_at, n.occurred_at, n.month, n.municipality, n.area, n.unit_id,
				  n.service_kind, n.age_group
				from newest n left join first f on f.subject_key = n.subject_key left join later l on l.subject_key = n.subject_key
				""".formatted(table, columns))
			.param("kind", kind.name())
			.param("first", firstStage)
			.param("later", laterStage)
			.update();
	}

	/** The SQL of {@link FactKind#keyed}: the value as each kind's figures keep it. */
	static String keyedValue() {
		String exact = kinds(FactKind.Aggregation.EXACT);
		String bucket = kinds(FactKind.Aggregation.BUCKET);
		String ranges = Arrays.stream(DayRanges.starts())
			.boxed()
			.sorted((a, b) -> b - a)
			.filter(start -> start > 0)
			.map(start -> "when value >= " + start + " then " + start)
			.collect(Collectors.joining(" "));
		return "case when value is null then null when kind in (" + exact + ") then value when kind in (" + bucket + ") then case " + ranges
				+ " else 0 end else null end";
	}

	private static String kinds(FactKind.Aggregation aggregation) {
		return Arrays.stream(FactKind.values())
			.filter(kind -> kind.aggregation() == aggregation)
			.map(kind -> "'" + kind.name() + "'")
			.collect(Collectors.joining(", "));
	}
}
