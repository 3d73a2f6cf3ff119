package fi.yhdessa.directory.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed a service or a place, when, how and which fields: written with every save, import and change of state, in
 * {@code directory.change}; kept by every part of the directory that writes services or places (editing, HSDS and PTV imports).
 */
@Component
public class ChangeHistory {

	public enum Kind {
		SERVICE, PLACE
	}

	/** One saved change; each field name has the message key {@code edit.field.NAME}, each action {@code edit.action.ACTION}. */
	public record Change(String action, String by, Instant at, List<String> fields) {
	}

	private final JdbcClient jdbc;

	ChangeHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Kind kind, UUID id, String action, String by, List<String> fields) {
		jdbc.sql("insert into directory.change (id, record_kind, record_id, action, changed_by, fields) values (:id, :kind, :record, :action, :by, :fields)")
			.param("id", UUID.randomUUID())
			.param("kind", kind.name())
			.param("record", id)
			.param("action", action)
			.param("by", by)
			.param("fields", fields.toArray(String[]::new))
			.update();
	}

	/** The changes of one service or place, newest first. */
	public List<Change> of(UUID id) {
		return jdbc.sql("select action, changed_by, changed_at, fields from directory.change where record_id = :id order by changed_at desc, id")
			.param("id", id)
			.query((rs, n) -> new Change(rs.getString("action"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
					List.of((String[]) rs.getArray("fields").getArray())))
			.list();
	}
}
