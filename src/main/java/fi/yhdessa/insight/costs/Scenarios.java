package fi.yhdessa.insight.costs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Savings scenarios saved by name with their assumptions, to be compared side by side. */
@Component
public class Scenarios {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Scenarios(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A saved scenario and what it gives. */
	public record Scenario(UUID id, String name, Savings.Assumptions assumptions, Instant createdAt, String createdBy) {

		public Savings.Result result() {
			return Savings.of(assumptions);
		}
	}

	@Transactional
	public Scenario save(String name, Savings.Assumptions assumptions, String by) {
		Scenario scenario = new Scenario(UUID.randomUUID(), name.strip(), assumptions, Instant.now(), by);
		jdbc.sql("insert into insight.scenario (id, name, assumptions, created_at, created_by) values (:id, :name, cast(:assumptions as jsonb), :at, :by)")
			.param("id", scenario.id())
			.param("name", scenario.name())
			.param("assumptions", JSON.writeValueAsString(assumptions))
			.param("at", Timestamp.from(scenario.createdAt()))
			.param("by", by)
			.update();
		return scenario;
	}

	/** The saved scenarios, the newest first. */
	@Transactional(readOnly = true)
	public List<Scenario> all() {
		return jdbc.sql("select * from insight.scenario order by created_at desc, name").query((rs, n) -> scenario(rs)).list();
	}

	@Transactional(readOnly = true)
	public Optional<Scenario> find(UUID id) {
		return jdbc.sql("select * from insight.scenario where id = :id").param("id", id).query((rs, n) -> scenario(rs)).optional();
	}

	private static Scenario scenario(ResultSet rs) throws SQLException {
		return new Scenario(rs.getObject("id", UUID.class), rs.getString("name"), JSON.readValue(rs.getString("assumptions"), Savings.Assumptions.class),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}
}
