package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.Fact;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many facts at once with PostgreSQL's COPY, for a synthetic history of millions of facts;
 * the aggregates are then rebuilt from them ({@link Rebuild}). Live facts go through {@link FactStore}.
 */
@Component
public class FactCopy {

	private static final String COLUMNS = "id, kind, occurred_at, month, municipality, area, unit_id, service_kind, channel, age_group, language, detail, "
			+ "on_time, value, base, due, due_final, family_key, subject_key";
	private static final int BATCH = 50_000;

	private final DataSource dataSource;

	FactCopy(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A stream of facts written in batches; close it to write the last batch. */
	public final class Writer implements AutoCloseable {

		private final StringBuilder batch = new StringBuilder(BATCH * 200);
		private int rows;
		private long written;

		public void write(Fact fact) {
			field(fact.id()).field(fact.kind().name()).field(fact.occurredAt()).field(fact.month().atDay(1)).field(fact.municipality()).field(fact.area())
				.field(fact.unitId()).field(fact.serviceKind()).field(fact.channel()).field(fact.ageGroup()).field(fact.language()).field(fact.detail())
				.field(fact.onTime()).field(fact.value()).field(fact.base()).field(fact.due()).field(fact.dueFinal()).bytes(fact.familyKey()).bytes(fact.subjectKey());
			batch.setCharAt(batch.length() - 1, '\n');
			if (++rows == BATCH) {
				flush();
			}
		}

		public long written() {
			return written + rows;
		}

		private Writer field(Object value) {
			batch.append(value == null ? "\\N" : escape(value.toString())).append('\t');
			return this;
		}

		private Writer bytes(byte[] value) {
			batch.append(value == null ? "\\N" : "\\\\x" + HexFormat.of().formatHex(value)).append('\t');
			return this;
		}

		private void flush() {
			if (rows == 0) {
				return;
			}
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy insight.fact (" + COLUMNS + ") from stdin", new StringReader(batch.toString()));
			}
			catch (SQLException e) {
				throw new IllegalStateException("Copying facts failed", e);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource);
			}
			written += rows;
			rows = 0;
			batch.setLength(0);
		}

		@Override
		public void close() {
			flush();
		}
	}

	public Writer writer() {
		return new Writer();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}
}
