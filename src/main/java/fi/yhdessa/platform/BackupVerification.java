package fi.yhdessa.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A backup is good only when it restores: it is restored to a scratch directory on a PostgreSQL
 * of its own and checked there — the migrations at the live database's version, every table
 * readable and counted, nothing that is never deleted fewer in the live database than in the
 * copy, and each module's own check (the access log's chain).
 */
final class BackupVerification {

	/** Client data is never deleted and these records are append-only: the live database holds at least what the backup holds. */
	private static final Set<String> NEVER_FEWER = Set.of("population", "consent", "frontdoor", "casework");
	private static final String TABLES = """
			select schemaname || '.' || tablename from pg_tables
			where schemaname in ('platform', 'network', 'population', 'directory', 'consent', 'frontdoor', 'casework', 'insight')
			   or (schemaname = 'public' and tablename in ('event_publication', 'flyway_schema_history'))
			order by 1""";
	private static final String VERSION = "select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1";

	record Verified(List<BackupProblem> problems, String schemaVersion, Map<String, Long> rows, Duration took) {

		boolean good() {
			return problems.isEmpty();
		}

		long totalRows() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private BackupVerification() {
	}

	static Verified verify(Path baseBackup, Path walArchive, Path scratch, String database, JdbcClient live, List<BackupCheck> checks) throws Exception {
		Instant start = Instant.now();
		BackupCatalogue.deleteTree(scratch);
		List<BackupProblem> problems = new ArrayList<>();
		Map<String, Long> rows = new LinkedHashMap<>();
		String version;
		try (EmbeddedDatabase restored = EmbeddedDatabase.start(scratch, 0, false, null, BackupRestore.toBackupMoment(baseBackup, walArchive))) {
			JdbcClient copy = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), restored.jdbcUrl(database), EmbeddedDatabase.OWNER, ""));
			version = copy.sql(VERSION).query(String.class).single();
			String liveVersion = live.sql(VERSION).query(String.class).single();
			if (!version.equals(liveVersion)) {
				problems.add(BackupProblem.of("backups.problem.migration", version, liveVersion));
			}
			for (String table : copy.sql(TABLES).query(String.class).list()) {
				long restoredRows = count(copy, table);
				rows.put(table, restoredRows);
				if (NEVER_FEWER.contains(table.substring(0, table.indexOf('.')))) {
					long liveRows = count(live, table);
					if (liveRows < restoredRows) {
						problems.add(BackupProblem.of("backups.problem.fewer", table, restoredRows, liveRows));
					}
				}
			}
			for (BackupCheck check : checks) {
				check.problemIn(copy).ifPresent(problems::add);
			}
		}
		finally {
			BackupCatalogue.deleteTree(scratch);
		}
		return new Verified(List.copyOf(problems), version, rows, Duration.between(start, Instant.now()));
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
