package fi.yhdessa.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A base backup put in place of the embedded database's data before it starts, with its WAL
 * replayed from the archive: to the backup's own moment (when a backup is verified), as far as the
 * archive reaches, or to a chosen moment. The data it replaces is moved aside, never deleted.
 */
public final class BackupRestore {

	private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);
	private static final Logger security = LoggerFactory.getLogger("fi.yhdessa.security");
	private static final Duration LONGEST_REPLAY = Duration.ofHours(2);
	/** PostgreSQL's own timestamp form: it refuses ISO-8601's {@code T} and {@code Z} here. */
	private static final DateTimeFormatter TARGET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'").withZone(ZoneOffset.UTC);

	private final Path baseBackup;
	private final Path walArchive;
	private final String target;
	private final boolean forVerification;

	private BackupRestore(Path baseBackup, Path walArchive, String target, boolean forVerification) {
		this.baseBackup = baseBackup;
		this.walArchive = walArchive;
		this.target = target;
		this.forVerification = forVerification;
	}

	/** Restores to the moment the backup was finished: what verifying a backup needs. */
	public static BackupRestore toBackupMoment(Path baseBackup, Path walArchive) {
		return new BackupRestore(baseBackup, walArchive, "recovery_target = 'immediate'\n", true);
	}

	/** Restores and replays every archived change after the backup, or those up to {@code until} when it is given. */
	public static BackupRestore upTo(Path baseBackup, Path walArchive, Instant until) {
		return new BackupRestore(baseBackup, walArchive, until == null ? ""
				: "recovery_target_time = '" + TARGET_TIME.format(until) + "'\n", false);
	}

	public Path baseBackup() {
		return baseBackup;
	}

	void putInPlace(Path dataDirectory, Path pgData) throws IOException {
		if (!Files.isRegularFile(baseBackup.resolve("data").resolve("backup_label"))) {
			throw new DatabaseUnavailable("The backup " + baseBackup + " is not a complete base backup (it has no backup_label); choose another one.");
		}
		if (Files.exists(pgData)) {
			Path aside = dataDirectory.resolve("postgres.replaced-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", ""));
			Files.move(pgData, aside);
			log.warn("Restore: the database's data was moved to {} and is replaced by the backup {}", aside, baseBackup.getFileName());
		}
		copyTree(baseBackup.resolve("data"), pgData);
		Files.setPosixFilePermissions(pgData, PosixFilePermissions.fromString("rwx------"));
		Files.createDirectories(pgData.resolve("pg_wal"));
		Files.writeString(pgData.resolve("recovery.signal"), "");
		String restoreCommand = "cp " + EmbeddedDatabase.shellQuoted(walArchive.toAbsolutePath().normalize().toString()) + "/%f %p";
		Files.writeString(pgData.resolve("postgresql.auto.conf"), "\n# Restore from " + baseBackup.getFileName() + "\nrestore_command = "
				+ EmbeddedDatabase.literal(restoreCommand) + "\n" + target + "recovery_target_action = 'promote'\n", StandardOpenOption.APPEND);
		Path checkpoints = baseBackup.resolve(BaseBackup.CHECKPOINT_FILE);
		if (Files.exists(checkpoints)) {
			Path current = dataDirectory.resolve(BaseBackup.CHECKPOINT_FILE);
			if (Files.exists(current)) {
				Files.move(current, dataDirectory.resolve(BaseBackup.CHECKPOINT_FILE + ".before-restore-" + Instant.now().getEpochSecond()));
			}
			Files.copy(checkpoints, current);
		}
	}

	/** Waits until the replay has ended and the database was promoted, then takes the restore settings away again. */
	void finish(Statement statement) throws SQLException {
		Instant giveUp = Instant.now().plus(LONGEST_REPLAY);
		while (inRecovery(statement)) {
			if (Instant.now().isAfter(giveUp)) {
				throw new DatabaseUnavailable("The restore from " + baseBackup + " did not finish replaying the archived WAL in " + LONGEST_REPLAY + ".");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new DatabaseUnavailable("The restore from " + baseBackup + " was interrupted.", e);
			}
		}
		for (String setting : new String[] { "restore_command", "recovery_target", "recovery_target_time", "recovery_target_action" }) {
			statement.execute("alter system reset " + setting);
		}
		if (forVerification) {
			log.debug("The backup {} restored to its own moment for its verification", baseBackup.getFileName());
		}
		else {
			security.warn("Restore: the database was restored from the backup {}{}", baseBackup.getFileName(),
					target.isEmpty() ? " and every archived change after it" : " up to " + target.strip());
		}
	}

	private static boolean inRecovery(Statement statement) throws SQLException {
		try (var result = statement.executeQuery("select pg_is_in_recovery()")) {
			result.next();
			return result.getBoolean(1);
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			paths.forEach(path -> {
				Path copy = to.resolve(from.relativize(path).toString());
				try {
					if (Files.isDirectory(path)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
