package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The imports from PTV that have run, newest first, each with its report. */
@Component
public class PtvImportRuns {

	/** One import run. */
	public record Run(UUID id, Instant started, Instant finished, String by, boolean full, String outcome, PtvImportReport report) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PtvImportRuns(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public PageOf<Run> page(PageRequest request) {
		List<Run> runs = jdbc.sql("select * from directory.ptv_import order by started_at desc, id limit :limit offset :offset")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(this::run)
			.list();
		return new PageOf<>(runs, request, jdbc.sql("select count(*) from directory.ptv_import").query(Long.class).single());
	}

	/** The newest run, if any has run. */
	public Optional<Run> latest() {
		return jdbc.sql("select * from directory.ptv_import order by started_at desc, id limit 1").query(this::run).optional();
	}

	public Optional<Run> find(UUID id) {
		return jdbc.sql("select * from directory.ptv_import where id = :id").param("id", id).query(this::run).optional();
	}

	private Run run(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getObject("id", UUID.class), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
				rs.getString("started_by"), rs.getBoolean("full_import"), rs.getString("outcome"),
				json.readValue(rs.getString("report"), PtvImportReport.class));
	}
}
