package fi.yhdessa.platform;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database (an external PostgreSQL is backed up with its own tools).
 *
 * @param enabled whether WAL is archived and base backups are made (YHDESSA_BACKUP)
 * @param directory where base backups and archived WAL are kept (YHDESSA_BACKUP_DIR); blank: {@code backups/} in the data directory
 * @param cron when the nightly backup runs
 * @param keep how many verified backups are kept; older ones and the WAL only they need are removed
 * @param restore a backup to restore before the database starts: {@code latest} or a backup's name
 * @param restoreUntil the moment to restore to (ISO-8601 in UTC); blank: as far as the archived WAL reaches
 */
@ConfigurationProperties("yhdessa.backup")
public record BackupSettings(@DefaultValue("true") boolean enabled, Path directory, @DefaultValue("0 30 2 * * *") String cron,
		@DefaultValue("7") int keep, String restore, Instant restoreUntil) {

	public Path directory(Path dataDirectory) {
		return directory != null && !directory.toString().isBlank() ? directory.toAbsolutePath().normalize()
				: dataDirectory.toAbsolutePath().normalize().resolve("backups");
	}

	public Path walArchive(Path dataDirectory) {
		return directory(dataDirectory).resolve("wal");
	}

	public Path baseBackups(Path dataDirectory) {
		return directory(dataDirectory).resolve("base");
	}

	/** The restore asked for at start, or null. */
	public BackupRestore restoreAtStart(Path dataDirectory) {
		if (restore == null || restore.isBlank()) {
			return null;
		}
		return BackupRestore.upTo(BackupCatalogue.find(baseBackups(dataDirectory), restore.strip()), walArchive(dataDirectory), restoreUntil);
	}
}
