package fi.yhdessa.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Verified online backups of the embedded database: nightly and on the administrator's demand, one
 * at a time, each restored to a scratch copy and checked before it counts, the newest kept by the
 * retention rule. Available when the embedded database archives its WAL; an external PostgreSQL is
 * backed up with PostgreSQL's own tools (see the README).
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);
	private static final Logger security = LoggerFactory.getLogger("fi.yhdessa.security");
	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private final DatabaseSettings database;
	private final BackupSettings settings;
	private final Flyway flyway;
	private final List<BackupCheck> checks;
	private final MessageSource messages;
	private final Clock clock;
	private final AtomicReference<Running> running = new AtomicReference<>();

	/** A backup being made: by whom and since when. */
	public record Running(String by, Instant since) {
	}

	Backups(DatabaseSettings database, BackupSettings settings, Flyway flyway, List<BackupCheck> checks, MessageSource messages, Clock clock) {
		this.database = database;
		this.settings = settings;
		this.flyway = flyway;
		this.checks = checks;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether this platform makes the backups itself: the embedded database, archiving its WAL. */
	public boolean available() {
		return settings.enabled() && !database.db().external()
				&& "on".equals(owner().sql("select current_setting('archive_mode')").query(String.class).single());
	}

	public Optional<Running> running() {
		return Optional.ofNullable(running.get());
	}

	List<BackupCatalogue.Backup> list() {
		return BackupCatalogue.list(settings.baseBackups(database.dataDir()));
	}

	void nightly() {
		if (available()) {
			backUp("nightly");
		}
	}

	/** Starts a backup on a thread of its own unless one is being made; false when one already is. */
	public boolean startBackUp(String by) {
		if (!available() || running.get() != null) {
			return false;
		}
		Thread.ofVirtual().name("backup").start(() -> backUp(by));
		return true;
	}

	/** Makes a backup, verifies it and applies the retention rule; empty when one is already being made. */
	Optional<BackupCatalogue.Backup> backUp(String by) {
		Instant started = clock.instant();
		if (!running.compareAndSet(null, new Running(by, started))) {
			return Optional.empty();
		}
		String name = NAME.format(started);
		Path base = settings.baseBackups(database.dataDir());
		Path target = base.resolve(name);
		try {
			Files.createDirectories(base);
			BaseBackup.Taken taken = BaseBackup.take(ownerDataSource(), database.dataDir().resolve("postgres"), database.dataDir().toAbsolutePath(), target,
					"yhdessa " + name);
			Duration took = Duration.between(started, clock.instant());
			BackupVerification.Verified verified = BackupVerification.verify(target, settings.walArchive(database.dataDir()),
					settings.directory(database.dataDir()).resolve("scratch"), database.db().name(), owner(), checks);
			Properties manifest = new Properties();
			manifest.setProperty("started", started.toString());
			manifest.setProperty("took", took.toString());
			manifest.setProperty("bytes", Long.toString(taken.bytes()));
			manifest.setProperty("by", by);
			manifest.setProperty("start-lsn", taken.startLsn());
			manifest.setProperty("stop-lsn", taken.stopLsn());
			manifest.setProperty("verified", Boolean.toString(verified.good()));
			String inEnglish = verified.problems()
				.stream()
				.map(problem -> messages.getMessage(problem.key(), problem.args(), Locale.ENGLISH))
				.collect(Collectors.joining("; "));
			manifest.setProperty("verification", inEnglish);
			for (int i = 0; i < verified.problems().size(); i++) {
				manifest.setProperty("problem." + i, verified.problems().get(i).stored());
			}
			manifest.setProperty("verify-took", verified.took().toString());
			manifest.setProperty("schema-version", verified.schemaVersion());
			manifest.setProperty("tables", Integer.toString(verified.rows().size()));
			manifest.setProperty("rows", Long.toString(verified.totalRows()));
			verified.rows().forEach((table, rows) -> manifest.setProperty("rows." + table, Long.toString(rows)));
			BackupCatalogue.write(target, manifest);
			if (verified.good()) {
				log.info("Backup {} made in {} ({} MB) and verified in {}: {} rows in {} tables", name, took, taken.bytes() / (1024 * 1024), verified.took(),
						verified.totalRows(), verified.rows().size());
				BackupCatalogue.prune(base, settings.walArchive(database.dataDir()), settings.keep());
			}
			else {
				security.error("Backup {} did not verify: {}", name, inEnglish);
			}
			return list().stream().filter(backup -> backup.name().equals(name)).findFirst();
		}
		catch (Exception e) {
			log.error("Backup {} failed: {}", name, e.getMessage(), e);
			try {
				BackupCatalogue.deleteTree(target);
			}
			catch (java.io.IOException left) {
				log.warn("The failed backup's files in {} could not be removed: {}", target, left.getMessage());
			}
			return Optional.empty();
		}
		finally {
			running.set(null);
		}
	}

	private DataSource ownerDataSource() {
		return flyway.getConfiguration().getDataSource();
	}

	private JdbcClient owner() {
		return JdbcClient.create(ownerDataSource());
	}
}
