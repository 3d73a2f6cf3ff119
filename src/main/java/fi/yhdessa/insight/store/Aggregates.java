package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.Deadline;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the aggregates current as each fact arrives: the figure it adds to, the deadlines it opens
 * or meets, and the outcome measures of a goal or a case. {@link Rebuild} makes the same from all
 * facts at once; the two must agree, and a property test holds them to it.
 */
@Component
class Aggregates {

	private final JdbcClient jdbc;

	Aggregates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Fact fact) {
		addToFigure(fact);
		Map<Deadline, LocalDate> opened = Deadline.openedBy(fact);
		Set<Deadline> met = fact.subjectKey() == null ? Set.of() : Deadline.metBy(fact.kind());
		if (!opened.isEmpty() || !met.isEmpty()) {
			// Facts of one record may arrive together, in any order: one at a time per record.
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ByteBuffer.wrap(fact.subjectKey()).getLong()).query(Object.class).list();
			opened.forEach((deadline, due) -> open(fact, deadline, due));
			if (!met.isEmpty()) {
				jdbc.sql("delete from insight.open_deadline where subject_key = :subject and clock = any(:clocks)")
					.param("subject", fact.subjectKey())
					.param("clocks", met.stream().map(Enum::name).toArray(String[]::new))
					.update();
			}
		}
		if (fact.kind() == FactKind.GOAL_ATTAINMENT_RATED) {
			rateGoal(fact);
		}
		else if (fact.kind() == FactKind.EVERYDAY_LIFE_RATED) {
			rateEverydayLife(fact);
		}
	}

	private void addToFigure(Fact fact) {
		FactParameters.place(jdbc.sql("""
				insert into insight.figure as f (kind, month, municipality, area, unit_id, service_kind, channel, age_group, language, detail, on_time, value, n, total)
				values (:kind, :month, :municipality, :area, :unit, :serviceKind, :channel, :age, :language, :detail, :onTime, :value, 1, :total)
				on conflict on constraint figure_key do update set n = f.n + 1, total = f.total + excluded.total, changed = pg_current_xact_id()
				"""), fact)
			.param("kind", fact.kind().name())
			.param("detail", fact.detail())
			.param("onTime", fact.onTime())
			.param("value", fact.kind().keyed(fact.value()))
			.param("total", fact.value() == null ? 0 : fact.value())
			.update();
	}

	/** Opens a deadline unless a fact that meets it has arrived already; of two facts opening it, the earlier counts. */
	private void open(Fact fact, Deadline deadline, LocalDate due) {
		FactParameters.place(jdbc.sql("""
				insert into insight.open_deadline as o (subject_key, clock, due, opened_at, opened_by, month, municipality, area, unit_id, service_kind, channel,
				  age_group, language)
				select :subject, :clock, :due, :at, :id, :month, :municipality, :area, :unit, :serviceKind, :channel, :age, :language
				where not exists (select 1 from insight.fact where subject_key = :subject and kind = any(:metBy))
				on conflict (subject_key, clock) do update set due = excluded.due, opened_at = excluded.opened_at, opened_by = excluded.opened_by,
				  month = excluded.month, municipality = excluded.municipality, area = excluded.area, unit_id = excluded.unit_id,
				  service_kind = excluded.service_kind, channel = excluded.channel, age_group = excluded.age_group, language = excluded.language
				  where (excluded.opened_at, excluded.opened_by) < (o.opened_at, o.opened_by)
				"""), fact)
			.param("at", Timestamp.from(fact.occurredAt()))
			.param("id", fact.id())
			.param("subject", fact.subjectKey())
			.param("clock", deadline.name())
			.param("due", Date.valueOf(due))
			.param("metBy", deadline.metBy().stream().map(Enum::name).toArray(String[]::new))
			.update();
	}

	/** A goal keeps its earliest rating at agreement, its latest review, and the month and dimensions of its newest rating. */
	private void rateGoal(Fact fact) {
		outcome("""
				insert into insight.goal_attainment as o (subject_key, family_key, baseline, baseline_at, latest, latest_at, newest_at, month, municipality, area,
				  unit_id, service_kind, age_group)
				values (:subject, :family, :first, :firstAt, :last, :lastAt, :at, :month, :municipality, :area, :unit, :serviceKind, :age)
				on conflict (subject_key) do update set
				  baseline = case when excluded.baseline_at < o.baseline_at or o.baseline_at is null then coalesce(excluded.baseline, o.baseline) else o.baseline end,
				  baseline_at = case when excluded.baseline_at < o.baseline_at or o.baseline_at is null then coalesce(excluded.baseline_at, o.baseline_at)
				    else o.baseline_at end,
				  latest = case when excluded.latest_at > o.latest_at or o.latest_at is null then coalesce(excluded.latest, o.latest) else o.latest end,
				  latest_at = case when excluded.latest_at > o.latest_at or o.latest_at is null then coalesce(excluded.latest_at, o.latest_at) else o.latest_at end,
				""" + newestDimensions(), fact, "AGREEMENT".equals(fact.detail()));
	}

	/** A case keeps the family's earliest rating at its start, its latest at its end, and the month and dimensions of the newest. */
	private void rateEverydayLife(Fact fact) {
		outcome("""
				insert into insight.everyday_rating as o (subject_key, family_key, start_rating, start_at, end_rating, end_at, newest_at, month, municipality, area,
				  unit_id, service_kind, age_group)
				values (:subject, :family, :first, :firstAt, :last, :lastAt, :at, :month, :municipality, :area, :unit, :serviceKind, :age)
				on conflict (subject_key) do update set
				  start_rating = case when excluded.start_at < o.start_at or o.start_at is null then coalesce(excluded.start_rating, o.start_rating)
				    else o.start_rating end,
				  start_at = case when excluded.start_at < o.start_at or o.start_at is null then coalesce(excluded.start_at, o.start_at) else o.start_at end,
				  end_rating = case when excluded.end_at > o.end_at or o.end_at is null then coalesce(excluded.end_rating, o.end_rating) else o.end_rating end,
				  end_at = case when excluded.end_at > o.end_at or o.end_at is null then coalesce(excluded.end_at, o.end_at) else o.end_at end,
				""" + newestDimensions(), fact, "START".equals(fact.detail()));
	}

	/** The family, month and dimensions of the newer of the rating arriving and the newest kept; on a tie, the kept one's. */
	private static String newestDimensions() {
		StringBuilder sql = new StringBuilder("  newest_at = greatest(o.newest_at, excluded.newest_at)");
		for (String column : new String[] { "family_key", "month", "municipality", "area", "unit_id", "service_kind", "age_group" }) {
			sql.append(",\n  ")
				.append(column)
				.append(" = case when excluded.newest_at > o.newest_at then excluded.")
				.append(column)
				.append(" else o.")
				.append(column)
				.append(" end");
		}
		return sql.toString();
	}

	/** @param first whether the rating is the first kind (at agreement, at the start) rather than the later (review, end) */
	private void outcome(String upsert, Fact fact, boolean first) {
		Timestamp at = Timestamp.from(fact.occurredAt());
		FactParameters.place(jdbc.sql(upsert), fact)
			.param("subject", fact.subjectKey())
			.param("family", fact.familyKey())
			.param("first", first ? fact.value() : null)
			.param("firstAt", first ? at : null)
			.param("last", first ? null : fact.value())
			.param("lastAt", first ? null : at)
			.param("at", at)
			.update();
	}
}
