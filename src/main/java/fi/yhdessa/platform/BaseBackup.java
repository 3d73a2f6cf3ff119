package fi.yhdessa.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * An online base backup of the embedded database through PostgreSQL's own backup functions: the
 * data directory copied between {@code pg_backup_start} and {@code pg_backup_stop} on one
 * connection, with the label PostgreSQL gives written beside it. With the WAL archived from the
 * backup's start, the copy restores to any later moment the archive reaches. The access log's
 * checkpoint file goes with it.
 */
final class BaseBackup {

	static final String CHECKPOINT_FILE = "access-log-checkpoints.tsv";

	/** What PostgreSQL's documentation leaves out of a base backup: the server recreates these at start. */
	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp",
			"pg_subtrans");
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label.old", "recovery.signal", "standby.signal");

	record Taken(String startLsn, String stopLsn, long bytes) {
	}

	private BaseBackup() {
	}

	/** Copies the running database at {@code pgData} into {@code target}/data while it keeps serving. */
	static Taken take(DataSource owner, Path pgData, Path dataDirectory, Path target, String label) throws IOException, SQLException {
		Path data = target.resolve("data");
		Files.createDirectories(data);
		try (Connection connection = owner.getConnection(); var statement = connection.createStatement()) {
			String startLsn;
			try (var started = statement.executeQuery("select pg_backup_start(" + EmbeddedDatabase.literal(label) + ", true)::text")) {
				started.next();
				startLsn = started.getString(1);
			}
			long bytes;
			try {
				bytes = copyData(pgData, data);
			}
			catch (IOException | RuntimeException e) {
				statement.execute("select pg_backup_stop(false)");
				throw e;
			}
			try (var stopped = statement.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(true)")) {
				stopped.next();
				Files.writeString(data.resolve("backup_label"), stopped.getString("labelfile"));
				String tablespaces = stopped.getString("spcmapfile");
				if (tablespaces != null && !tablespaces.isEmpty()) {
					Files.writeString(data.resolve("tablespace_map"), tablespaces);
				}
				Path checkpoints = dataDirectory.resolve(CHECKPOINT_FILE);
				if (Files.exists(checkpoints)) {
					Files.copy(checkpoints, target.resolve(CHECKPOINT_FILE), StandardCopyOption.REPLACE_EXISTING);
				}
				return new Taken(startLsn, stopped.getString("lsn"), bytes);
			}
		}
	}

	private static long copyData(Path pgData, Path data) throws IOException {
		AtomicLong bytes = new AtomicLong();
		try (Stream<Path> paths = Files.walk(pgData)) {
			paths.forEach(path -> {
				Path relative = pgData.relativize(path);
				if (relative.toString().isEmpty() || leftOut(relative)) {
					return;
				}
				Path copy = data.resolve(relative.toString());
				try {
					if (Files.isDirectory(path)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
						bytes.addAndGet(Files.size(copy));
					}
				}
				catch (NoSuchFileException e) {
					// a file the server removed while it was copied: the WAL replay recreates what is needed
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return bytes.get();
	}

	private static boolean leftOut(Path relative) {
		String first = relative.getName(0).toString();
		String name = relative.getFileName().toString();
		return (EMPTIED.contains(first) && relative.getNameCount() > 1) || (relative.getNameCount() == 1 && LEFT_OUT.contains(name))
				|| name.startsWith("pgsql_tmp") || name.equals("pg_internal.init");
	}
}
