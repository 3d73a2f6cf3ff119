package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.YhdessaApplication;
import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The whole platform on a data directory of its own, backed up while it runs and restored as the README says. */
class BackupsIntegrationTests {

	static final String ADMIN_PASSWORD = "a long enough secret";

	@TempDir
	Path dataDir;

	@Test
	void aVerifiedOnlineBackupRestoresToTheChosenMomentWithItsAccessLogWhole() throws Exception {
		Instant between;
		try (ConfigurableApplicationContext platform = start()) {
			Backups backups = platform.getBean(Backups.class);
			assertThat(backups.available()).isTrue();
			write(platform, "before.backup", 3);

			BackupCatalogue.Backup made = backups.backUp("test").orElseThrow();
			assertThat(made.verified()).as(made.verification()).isTrue();
			assertThat(made.schemaVersion()).isNotBlank().isEqualTo(JdbcClient.create(platform.getBean(Flyway.class).getConfiguration().getDataSource())
				.sql("select max(version) from flyway_schema_history").query(String.class).single());
			assertThat(made.tables()).isGreaterThan(50);
			assertThat(Files.exists(dataDir.resolve("backups/base").resolve(made.name()).resolve("data/backup_label"))).isTrue();
			assertThat(backups.list()).extracting(BackupCatalogue.Backup::name).containsExactly(made.name());

			write(platform, "after.backup", 2);
			Thread.sleep(50);
			between = Instant.now();
			Thread.sleep(50);
			write(platform, "after.moment", 2);
			archiveEverything(platform);
		}

		try (ConfigurableApplicationContext restored = start("--yhdessa.backup.restore=latest", "--yhdessa.backup.restore-until=" + between)) {
			Accounts accounts = restored.getBean(Accounts.class);
			assertThat(accounts.findByUsername("before.backup.2")).isPresent();
			assertThat(accounts.findByUsername("after.backup.1")).as("a change after the backup, before the moment").isPresent();
			assertThat(accounts.findByUsername("after.moment.0")).as("a change after the moment").isEmpty();
			AccessLog.Verification chain = restored.getBean(AccessLog.class).verify();
			assertThat(chain.intact()).isTrue();
			assertThat(chain.checked()).isEqualTo(5);
			try (Stream<Path> aside = Files.list(dataDir)) {
				assertThat(aside.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("postgres.replaced-"));
			}
			// The restored platform is a writable primary again, without the restore's settings.
			write(restored, "after.restore", 1);
			assertThat(JdbcClient.create(restored.getBean(Flyway.class).getConfiguration().getDataSource())
				.sql("select count(*) from pg_file_settings where name like 'recovery_target%' or name = 'restore_command'").query(Long.class).single()).isZero();
		}
	}

	@Test
	void keepsTheNewestVerifiedBackupsAndOnlyTheWalTheyNeed() throws Exception {
		try (ConfigurableApplicationContext platform = start("--yhdessa.backup.keep=1")) {
			Backups backups = platform.getBean(Backups.class);
			write(platform, "first", 1);
			BackupCatalogue.Backup first = backups.backUp("test").orElseThrow();
			archiveEverything(platform);
			Thread.sleep(1100);
			write(platform, "second", 1);

			// The administrator backs up from the page; the page then lists the backup with its verification.
			platform.getBean(Accounts.class).register(NewAccount.staff("backup.admin", ADMIN_PASSWORD, "Backup Admin", EnumSet.of(Role.ADMINISTRATOR), null, null));
			HttpVisitor admin = new HttpVisitor(port(platform));
			admin.signIn("backup.admin", ADMIN_PASSWORD);
			assertThat(admin.postForm("/admin/backups", "/admin/backups").statusCode()).isEqualTo(302);
			assertThat(admin.get("/admin/backups").body()).as("being made, or already made").containsAnyOf("Varmuuskopiota ottaa backup.admin", "Kunnossa: versio");
			Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
			while (backups.running().isPresent()) {
				assertThat(Instant.now()).isBefore(giveUp);
				Thread.sleep(200);
			}
			BackupCatalogue.Backup second = backups.list().getFirst();
			assertThat(second.by()).isEqualTo("backup.admin");
			assertThat(admin.get("/admin/backups").body()).contains(second.name()).contains("Kunnossa: versio").contains("Ota varmuuskopio nyt");
			assertThat(backups.list()).extracting(BackupCatalogue.Backup::name).containsExactly(second.name());

			// The API answers the administrator only.
			HttpResponse<String> listed = admin.send(HttpRequest.newBuilder(admin.uri("/api/v1/backups")).header("Authorization", basic("backup.admin")).build());
			assertThat(listed.statusCode()).isEqualTo(200);
			assertThat(listed.body()).contains("\"available\":true").contains(second.name());
			platform.getBean(Accounts.class).register(NewAccount.staff("backup.worker", ADMIN_PASSWORD, "Backup Worker", EnumSet.of(Role.COORDINATOR), null, null));
			assertThat(admin.send(HttpRequest.newBuilder(admin.uri("/api/v1/backups")).POST(HttpRequest.BodyPublishers.noBody())
				.header("Authorization", basic("backup.worker")).build()).statusCode()).isEqualTo(403);
			assertThat(dataDir.resolve("backups/base").resolve(first.name())).doesNotExist();
			String startSegment = Files.readString(dataDir.resolve("backups/base").resolve(second.name()).resolve("data/backup_label"))
				.replaceAll("(?s).*START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\).*", "$1");
			try (Stream<Path> wal = Files.list(dataDir.resolve("backups/wal"))) {
				assertThat(wal.map(path -> path.getFileName().toString()).filter(name -> name.matches("[0-9A-F]{24}")))
					.isNotEmpty()
					.allSatisfy(segment -> assertThat(segment.substring(8)).isGreaterThanOrEqualTo(startSegment.substring(8)));
			}

			// A backup that did not verify says why, in the reader's language.
			Path failed = Files.createDirectories(dataDir.resolve("backups/base/20200101T000000Z"));
			Properties manifest = new Properties();
			manifest.setProperty("started", "2020-01-01T00:00:00Z");
			manifest.setProperty("took", "PT3S");
			manifest.setProperty("bytes", "1048576");
			manifest.setProperty("by", "nightly");
			manifest.setProperty("verified", "false");
			manifest.setProperty("problem.0", BackupProblem.of("backups.problem.fewer", "casework.journal_entry", 7, 5).stored());
			manifest.setProperty("problem.1", BackupProblem.of("accessLog.backupProblem.MISSING", 42).stored());
			BackupCatalogue.write(failed, manifest);
			assertThat(admin.get("/admin/backups?lang=sv").body()).contains("Duger inte")
				.contains("Tabellen casework.journal_entry har 7 rader i säkerhetskopian men bara 5")
				.contains("Post 42 saknas i åtkomstloggens kedja");
			assertThat(admin.get("/admin/backups?lang=fi").body()).contains("Käyttölokin ketjusta puuttuu merkintä 42");
		}
	}

	private static void write(ConfigurableApplicationContext platform, String prefix, int count) {
		for (int i = 0; i < count; i++) {
			platform.getBean(Accounts.class)
				.register(NewAccount.staff(prefix + "." + i, "a long enough secret", "Backup Proof", EnumSet.of(Role.COORDINATOR), null, null));
			platform.getBean(TransactionTemplate.class).executeWithoutResult(status -> platform.getBean(AccessLog.class)
				.record(new AccessEntry("admin", "ADMINISTRATOR", null, AccessEntry.Action.READ, "test", prefix, List.of(UUID.randomUUID()), "backup test")));
		}
	}

	/** Ends the current WAL segment and waits until the archive has it, as the platform's own archive timeout would. */
	private static void archiveEverything(ConfigurableApplicationContext platform) throws InterruptedException {
		JdbcClient owner = JdbcClient.create(platform.getBean(Flyway.class).getConfiguration().getDataSource());
		String segment = owner.sql("select pg_walfile_name(pg_switch_wal())").query(String.class).single();
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (!segment.equals(owner.sql("select coalesce(last_archived_wal, '') from pg_stat_archiver").query(String.class).single())) {
			assertThat(Instant.now()).as("segment %s archived", segment).isBefore(giveUp);
			Thread.sleep(100);
		}
	}

	private static int port(ConfigurableApplicationContext platform) {
		return ((org.springframework.boot.web.server.context.WebServerApplicationContext) platform).getWebServer().getPort();
	}

	private static String basic(String username) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private ConfigurableApplicationContext start(String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--yhdessa.data-dir=" + dataDir, "--yhdessa.db.shared-per-jvm=false", "--yhdessa.db.port=0",
				"--yhdessa.demo.load=false", "--server.port=0", "--spring.main.banner-mode=off", "--yhdessa.facts.backfill=false"));
		args.addAll(List.of(more));
		return SpringApplication.run(YhdessaApplication.class, args.toArray(String[]::new));
	}
}
