package fi.yhdessa.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the platform runs on when no external database is configured: real
 * PostgreSQL 18 binaries from a Maven artifact, with its data kept in a directory so that a
 * restart keeps everything.
 *
 * <p>One running platform owns a data directory at a time; the owner holds a file lock on
 * {@code yhdessa.lock} for as long as it runs. A postgres left running by a platform that was
 * killed is stopped before the new one starts, which is safe exactly because the lock proves
 * that no live platform is using it.
 *
 * <p>The server is stopped by {@link #close()}, which the application context calls after its
 * data source has closed; it registers no JVM shutdown hook of its own, because such a hook would
 * run at the same time as Spring's and pull the database away from beans still shutting down.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
	/** The superuser: it creates the databases and runs the migrations, so it owns every table. */
	static final String OWNER = "postgres";
	/** The role the platform works as: it owns nothing and has only the grants of {@code db/migration/afterMigrate.sql}. */
	static final String APP_ROLE = "yhdessa_app";

	private final Path dataDirectory;
	private final EmbeddedPostgres.Builder builder;
	private final int port;
	private volatile EmbeddedPostgres postgres;
	private volatile boolean closed;
	private final FileChannel lockChannel;
	private final FileLock lock;

	private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres.Builder builder, EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
		this.dataDirectory = dataDirectory;
		this.builder = builder;
		this.port = postgres.getPort();
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Starts PostgreSQL on the given data directory.
	 *
	 * @param dataDirectory where the platform keeps its data; PostgreSQL's files go to {@code postgres/} in it
	 * @param port the TCP port, or 0 for any free one
	 * @param durable whether every commit is flushed to disk (off only for throw-away test data)
	 * @throws DatabaseUnavailable with one sentence saying what to do when the directory or the port is taken
	 */
	public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) {
		return start(dataDirectory, port, durable, null, null);
	}

	/**
	 * Starts PostgreSQL on the given data directory, archiving its WAL and restoring a backup first when asked.
	 *
	 * @param walArchive where each finished WAL segment is copied, for backups and point-in-time recovery; null for none
	 * @param restore a backup put in place of the data before the start, or null
	 */
	public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable, Path walArchive, BackupRestore restore) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(directory);
			channel = FileChannel.open(directory.resolve("yhdessa.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel, directory);
			Path pgData = directory.resolve("postgres");
			stopOrphanedServer(pgData);
			if (port > 0) {
				requireFreePort(port);
			}
			if (restore != null) {
				restore.putInPlace(directory, pgData);
			}
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(restore == null ? Duration.ofSeconds(60) : Duration.ofMinutes(10))
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC");
			if (port > 0) {
				builder.setPort(port);
			}
			if (walArchive != null) {
				Files.createDirectories(walArchive);
				builder.setServerConfig("wal_level", "replica").setServerConfig("archive_mode", "on").setServerConfig("archive_timeout", "300");
			}
			EmbeddedPostgres postgres = builder.start();
			// A restart after a crash comes back on the same port, so the pool's address stays right.
			builder.setPort(postgres.getPort()).setPGStartupWait(Duration.ofSeconds(60));
			EmbeddedDatabase database = new EmbeddedDatabase(directory, builder, postgres, channel, lock);
			try (var connection = DriverManager.getConnection(database.jdbcUrl("postgres"), OWNER, ""); var statement = connection.createStatement()) {
				statement.execute("alter system set archive_command = " + (walArchive == null ? "''" : literal(archiveCommand(walArchive))));
				if (restore != null) {
					restore.finish(statement);
				}
				statement.execute("select pg_reload_conf()");
			}
			catch (SQLException | RuntimeException e) {
				database.close();
				throw new DatabaseUnavailable("The embedded database in " + directory + " started but could not be configured (" + rootMessage(e) + ").", e);
			}
			log.info("Database: embedded PostgreSQL in {} on port {}{}", pgData, postgres.getPort(),
					walArchive == null ? "" : ", archiving its WAL to " + walArchive);
			return database;
		}
		catch (DatabaseUnavailable e) {
			closeQuietly(channel);
			throw e;
		}
		catch (IOException | RuntimeException e) {
			closeQuietly(channel);
			throw new DatabaseUnavailable("The embedded database in " + directory + " did not start (" + rootMessage(e)
					+ "); check that the directory is writable and not on a full disk, or set YHDESSA_DATA_DIR to another directory.", e);
		}
	}

	/** Copies a finished WAL segment into the archive under a temporary name first, so that a crash never leaves half a segment there. */
	static String archiveCommand(Path walArchive) {
		String archive = shellQuoted(walArchive.toAbsolutePath().normalize().toString());
		return "test ! -f " + archive + "/%f && cp %p " + archive + "/%f.part && mv " + archive + "/%f.part " + archive + "/%f";
	}

	static String shellQuoted(String path) {
		if (path.contains("'")) {
			throw new DatabaseUnavailable("The backup directory " + path + " has a quote in its name; set YHDESSA_BACKUP_DIR to another directory.");
		}
		return "'" + path + "'";
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static FileLock tryLock(FileChannel channel, Path directory) throws IOException {
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			throw new DatabaseUnavailable("Another Yhdessä is already running on the data directory " + directory
					+ "; stop it first, or set YHDESSA_DATA_DIR to another directory.");
		}
		return lock;
	}

	/** A postgres whose platform was killed keeps running and holds the data directory: stop it. */
	private static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.getFirst().trim());
		}
		catch (NumberFormatException e) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		log.warn("Stopping the embedded PostgreSQL (pid {}) left running by an earlier run that did not shut down", pid);
		ProcessHandle handle = process.get();
		handle.destroy();
		try {
			handle.onExit().get(15, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			handle.destroyForcibly();
		}
	}

	private static void requireFreePort(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(false);
		}
		catch (IOException e) {
			throw new DatabaseUnavailable("Port " + port
					+ " for the embedded database is already in use; stop the program that uses it, or set YHDESSA_DB_PORT to a free port.");
		}
	}

	/** Creates the database and the platform's role unless they exist. */
	public synchronized void ensureDatabase(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("A database name is lower-case letters, digits and underscores: " + name);
		}
		try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), OWNER, "");
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
				var role = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
			exists.setString(1, name);
			if (!exists.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create database " + name + " template template0 encoding 'UTF8'");
				}
			}
			role.setString(1, APP_ROLE);
			if (!role.executeQuery().next()) {
				try (var create = connection.createStatement()) {
					create.execute("create role " + APP_ROLE + " login");
				}
			}
		}
		catch (SQLException e) {
			throw new DatabaseUnavailable("The embedded database could not create the database " + name + " (" + e.getMessage()
					+ "); check the log of the embedded PostgreSQL in " + dataDirectory + ".", e);
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.lines().findFirst().orElseThrow();
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// the lock goes with the channel; nothing else to release
			}
		}
	}

	/** The database's URL without a user: each connection names its own. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	/**
	 * Starts PostgreSQL again when it is no longer there (it crashed, or was stopped under the
	 * platform); the pool reconnects by itself once it answers. A server that is only slow is left
	 * alone: it still takes connections.
	 *
	 * @return whether it had to be started again
	 */
	public synchronized boolean restartIfStopped() {
		if (closed || answers()) {
			return false;
		}
		log.warn("Database: the embedded PostgreSQL on port {} is gone; starting it again", port);
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException gone) {
			// it has stopped already; closing releases its lock on the data directory
		}
		try {
			postgres = builder.start();
			log.info("Database: the embedded PostgreSQL is back on port {}", port);
			return true;
		}
		catch (IOException | RuntimeException notYet) {
			log.warn("Database: the embedded PostgreSQL did not start again yet ({}); trying again", rootMessage(notYet));
			return false;
		}
	}

	private boolean answers() {
		try (java.net.Socket socket = new java.net.Socket()) {
			socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			return true;
		}
		catch (IOException refused) {
			return false;
		}
	}

	/** Stops PostgreSQL cleanly and releases the data directory. */
	@Override
	public synchronized void close() {
		closed = true;
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("The embedded database did not stop cleanly: {}", e.getMessage());
		}
		finally {
			try {
				lock.release();
			}
			catch (IOException ignored) {
				// released with the channel below
			}
			closeQuietly(lockChannel);
		}
	}
}
