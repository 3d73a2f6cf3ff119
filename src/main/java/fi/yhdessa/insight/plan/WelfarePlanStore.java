package fi.yhdessa.insight.plan;

import fi.yhdessa.platform.LocalizedText;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans in insight's tables, each read whole: its priorities with their indicators and measures. */
@Repository
class WelfarePlanStore {

	private final JdbcClient jdbc;

	WelfarePlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WelfarePlan> all() {
		List<WelfarePlan> plans = jdbc.sql("select * from insight.welfare_plan order by first_year desc, title_fi").query(WelfarePlanStore::plan).list();
		return plans.stream().map(this::whole).toList();
	}

	Optional<WelfarePlan> find(UUID id) {
		return jdbc.sql("select * from insight.welfare_plan where id = ?").param(id).query(WelfarePlanStore::plan).optional().map(this::whole);
	}

	void insert(WelfarePlan p) {
		jdbc.sql("insert into insight.welfare_plan (id, title_fi, title_sv, title_en, first_year, last_year, area_code, state) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.title().fi(), p.title().sv(), p.title().en(), p.firstYear(), p.lastYear(), p.areaCode(), p.state().name())
			.update();
	}

	void updateState(WelfarePlan p) {
		if (jdbc.sql("update insight.welfare_plan set state = ?, version = version + 1 where id = ? and version = ?").params(p.state().name(), p.id(), p.version())
			.update() != 1) {
			throw new PlanRefused("welfarePlan.error.stale");
		}
	}

	void insert(Priority p) {
		jdbc.sql("""
				insert into insight.plan_priority (id, plan_id, position, title_fi, title_sv, title_en, description_fi, description_sv, description_en, owner_group)
				values (?, ?, (select coalesce(max(position), 0) + 1 from insight.plan_priority where plan_id = ?), ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(p.id(), p.planId(), p.planId(), p.title().fi(), p.title().sv(), p.title().en(), p.description() == null ? null : p.description().fi(),
					p.description() == null ? null : p.description().sv(), p.description() == null ? null : p.description().en(), p.ownerGroup())
			.update();
	}

	void update(Priority p) {
		if (jdbc.sql("""
				update insight.plan_priority set title_fi = ?, title_sv = ?, title_en = ?, description_fi = ?, description_sv = ?, description_en = ?,
				  owner_group = ?, version = version + 1 where id = ? and version = ?
				""")
			.params(p.title().fi(), p.title().sv(), p.title().en(), p.description() == null ? null : p.description().fi(),
					p.description() == null ? null : p.description().sv(), p.description() == null ? null : p.description().en(), p.ownerGroup(), p.id(),
					p.version())
			.update() != 1) {
			throw new PlanRefused("welfarePlan.error.stale");
		}
	}

	void put(UUID priority, PlanIndicator i) {
		jdbc.sql("""
				insert into insight.priority_indicator (priority_id, indicator, baseline, baseline_year, target, target_year, direction, position)
				values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from insight.priority_indicator where priority_id = ?))
				on conflict (priority_id, indicator) do update set baseline = excluded.baseline, baseline_year = excluded.baseline_year,
				  target = excluded.target, target_year = excluded.target_year, direction = excluded.direction
				""")
			.params(priority, i.indicator(), i.baseline(), i.baselineYear(), i.target(), i.targetYear(), i.direction().name(), priority)
			.update();
	}

	boolean removeIndicator(UUID priority, int indicator) {
		return jdbc.sql("delete from insight.priority_indicator where priority_id = ? and indicator = ?").params(priority, indicator).update() == 1;
	}

	void insert(Measure m) {
		jdbc.sql("insert into insight.plan_measure (id, priority_id, description, responsible, due_on, status, agreements, services) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(m.id(), m.priorityId(), m.description(), m.responsible(), Date.valueOf(m.dueOn()), m.status().name(), m.agreements().toArray(UUID[]::new),
					m.services())
			.update();
	}

	void updateStatus(Measure m) {
		if (jdbc.sql("update insight.plan_measure set status = ?, version = version + 1 where id = ? and version = ?").params(m.status().name(), m.id(),
				m.version()).update() != 1) {
			throw new PlanRefused("welfarePlan.error.stale");
		}
	}

	Optional<Measure> measure(UUID id) {
		return jdbc.sql("select * from insight.plan_measure where id = ?").param(id).query(WelfarePlanStore::measure).optional();
	}

	private WelfarePlan whole(WelfarePlan plan) {
		Map<UUID, List<PlanIndicator>> indicators = new HashMap<>();
		jdbc.sql("""
				select i.* from insight.priority_indicator i join insight.plan_priority p on p.id = i.priority_id where p.plan_id = ? order by i.position
				""").param(plan.id()).query((ResultSet rs) -> {
			indicators.computeIfAbsent(rs.getObject("priority_id", UUID.class), k -> new ArrayList<>())
				.add(new PlanIndicator(rs.getInt("indicator"), rs.getBigDecimal("baseline"), (Integer) rs.getObject("baseline_year"), rs.getBigDecimal("target"),
						rs.getInt("target_year"), Direction.valueOf(rs.getString("direction"))));
		});
		Map<UUID, List<Measure>> measures = new HashMap<>();
		jdbc.sql("select m.* from insight.plan_measure m join insight.plan_priority p on p.id = m.priority_id where p.plan_id = ? order by m.due_on")
			.param(plan.id())
			.query(WelfarePlanStore::measure)
			.list()
			.forEach(m -> measures.computeIfAbsent(m.priorityId(), k -> new ArrayList<>()).add(m));
		List<Priority> priorities = jdbc.sql("select * from insight.plan_priority where plan_id = ? order by position").param(plan.id())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Priority(id, plan.id(), rs.getInt("position"), LocalizedText.of(rs.getString("title_fi"), rs.getString("title_sv"), rs.getString("title_en")),
						LocalizedText.ofNullable(rs.getString("description_fi"), rs.getString("description_sv"), rs.getString("description_en")),
						rs.getObject("owner_group", UUID.class), indicators.getOrDefault(id, List.of()), measures.getOrDefault(id, List.of()), rs.getInt("version"));
			})
			.list();
		return new WelfarePlan(plan.id(), plan.title(), plan.firstYear(), plan.lastYear(), plan.areaCode(), plan.state(), priorities, plan.version());
	}

	private static WelfarePlan plan(ResultSet rs, int n) throws SQLException {
		return new WelfarePlan(rs.getObject("id", UUID.class), LocalizedText.of(rs.getString("title_fi"), rs.getString("title_sv"), rs.getString("title_en")),
				rs.getInt("first_year"), rs.getInt("last_year"), rs.getString("area_code"), WelfarePlan.State.valueOf(rs.getString("state")), List.of(),
				rs.getInt("version"));
	}

	private static Measure measure(ResultSet rs, int n) throws SQLException {
		Array agreements = rs.getArray("agreements");
		return new Measure(rs.getObject("id", UUID.class), rs.getObject("priority_id", UUID.class), rs.getString("description"), rs.getString("responsible"),
				rs.getDate("due_on").toLocalDate(), Measure.Status.valueOf(rs.getString("status")), List.of((UUID[]) agreements.getArray()),
				rs.getString("services"), rs.getInt("version"));
	}
}
