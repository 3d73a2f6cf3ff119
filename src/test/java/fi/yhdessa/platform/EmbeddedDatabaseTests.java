package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsItsDataAcrossARestart() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0, true)) {
			first.ensureDatabase("yhdessa");
			try (Connection c = connect(first)) {
				c.createStatement().execute("create table note (text text)");
				c.createStatement().execute("insert into note values ('written before the restart')");
			}
		}
		try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, 0, true); Connection c = connect(second)) {
			var rows = c.createStatement().executeQuery("select text from note");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("written before the restart");
		}
	}

	@Test
	void refusesASecondPlatformOnTheSameDataDirectoryWithOneSentence() {
		try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir, 0, false)) {
			assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0, false))
				.isInstanceOf(DatabaseUnavailable.class)
				.hasMessageStartingWith("Another Yhdessä is already running on the data directory")
				.hasMessageContaining("YHDESSA_DATA_DIR")
				.satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
			assertThat(running.port()).isPositive();
		}
	}

	@Test
	void refusesATakenPortWithOneSentence() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, taken.getLocalPort(), false))
				.isInstanceOf(DatabaseUnavailable.class)
				.hasMessage("Port " + taken.getLocalPort()
						+ " for the embedded database is already in use; stop the program that uses it, or set YHDESSA_DB_PORT to a free port.");
		}
		// The refused start released the data directory again.
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0, false)) {
			assertThat(database.port()).isPositive();
		}
	}

	@Test
	void stopsAPostgresLeftRunningByAPlatformThatWasKilled() throws Exception {
		Process platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledPlatform.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(platform.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(KilledPlatform.STARTED)) {
				// wait until its postgres runs
			}
		}
		platform.destroyForcibly().waitFor();
		long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, 0, false); Connection c = connect(database)) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(c.createStatement().executeQuery("select 1").next()).isTrue();
		}
	}

	/** A platform that starts its database and is then killed with SIGKILL by the test. */
	static class KilledPlatform {

		static final String STARTED = "database started";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0, false);
			database.ensureDatabase("yhdessa");
			System.out.println(STARTED);
			System.out.flush();
			Thread.sleep(Duration.ofMinutes(5));
		}
	}

	private static Connection connect(EmbeddedDatabase database) throws Exception {
		return DriverManager.getConnection(database.jdbcUrl("yhdessa"), "postgres", "");
	}
}
