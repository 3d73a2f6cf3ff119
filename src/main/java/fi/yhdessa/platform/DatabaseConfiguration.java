package fi.yhdessa.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Chooses the database as the platform starts: an external PostgreSQL when {@code YHDESSA_DB_URL} is
 * set ({@code spring.datasource.*}), otherwise the embedded one in the data directory. The beans are
 * the same either way, so that a start from the ahead-of-time processed context, whose beans the
 * build fixed, chooses as a plain start does (ADR 0021).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/** Embedded servers shared by the application contexts of a test JVM, by data directory, with how many contexts use each. */
	private static final Map<Path, Shared> shared = new HashMap<>();

	/** The embedded server, or no bean ({@code null}) with an external database. */
	@Bean
	EmbeddedDatabaseHandle embeddedDatabase(DatabaseSettings settings, BackupSettings backup) {
		if (settings.db().external()) {
			return null;
		}
		Path dataDir = settings.dataDir().toAbsolutePath().normalize();
		if (!settings.db().sharedPerJvm()) {
			EmbeddedDatabase database = EmbeddedDatabaseEarlyStart.take(dataDir, settings, backup);
			return new EmbeddedDatabaseHandle(database, database::close);
		}
		return acquireShared(dataDir, settings.db());
	}

	/** Only the platform's own server is watched: a server shared by a test JVM's contexts is theirs to stop. */
	@Bean
	EmbeddedDatabaseWatch embeddedDatabaseWatch(ObjectProvider<EmbeddedDatabaseHandle> embedded, DatabaseSettings settings) {
		EmbeddedDatabaseHandle handle = embedded.getIfAvailable();
		return handle == null || settings.db().sharedPerJvm() ? null : new EmbeddedDatabaseWatch(handle.database());
	}

	/**
	 * The pool: on the embedded server as its application role, or on {@code spring.datasource.*}; either takes
	 * {@code spring.datasource.hikari.*} after these defaults (the tests keep small pools).
	 */
	@Bean(destroyMethod = "close")
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(ObjectProvider<EmbeddedDatabaseHandle> embedded, DatabaseSettings settings, DataSourceProperties external) {
		EmbeddedDatabaseHandle handle = embedded.getIfAvailable();
		if (handle == null) {
			return external.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		}
		handle.database().ensureDatabase(settings.db().name());
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(handle.database().jdbcUrl(settings.db().name()));
		dataSource.setUsername(EmbeddedDatabase.APP_ROLE);
		dataSource.setPoolName("yhdessa-embedded");
		dataSource.setMaximumPoolSize(10);
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

	@EventListener
	void announce(ApplicationStartedEvent event) {
		ObjectProvider<EmbeddedDatabaseHandle> embedded = event.getApplicationContext().getBeanProvider(EmbeddedDatabaseHandle.class);
		if (embedded.getIfAvailable() == null) {
			DataSource dataSource = event.getApplicationContext().getBean(DataSource.class);
			try (var connection = dataSource.getConnection()) {
				var meta = connection.getMetaData();
				log.info("Database: external PostgreSQL {} at {}", meta.getDatabaseProductVersion(), withoutCredentials(meta.getURL()));
			}
			catch (Exception e) {
				log.warn("Database: external PostgreSQL, not reachable: {}", e.getMessage());
			}
		}
	}

	static String withoutCredentials(String jdbcUrl) {
		int query = jdbcUrl.indexOf('?');
		return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
	}

	private static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static EmbeddedDatabaseHandle acquireShared(Path dataDir, DatabaseSettings.Db db) {
		synchronized (shared) {
			Shared server = shared.get(dataDir);
			if (server == null) {
				if (db.fresh() && !freshened.contains(dataDir)) {
					deleteRecursively(dataDir);
					freshened.add(dataDir);
				}
				server = new Shared(EmbeddedDatabase.start(dataDir, db.port(), false));
				shared.put(dataDir, server);
			}
			server.users++;
			return new EmbeddedDatabaseHandle(server.database, () -> releaseShared(dataDir));
		}
	}

	private static void releaseShared(Path dataDir) {
		synchronized (shared) {
			Shared server = shared.get(dataDir);
			if (server != null && --server.users == 0) {
				shared.remove(dataDir);
				server.database.close();
			}
		}
	}

	/** Data directories emptied once in this JVM; a later restart of a shared server keeps their data. */
	private static final Set<Path> freshened = new HashSet<>();

	private static final class Shared {

		final EmbeddedDatabase database;
		int users;

		Shared(EmbeddedDatabase database) {
			this.database = database;
		}
	}

	/** The embedded server as one context uses it; closing the context releases it. */
	record EmbeddedDatabaseHandle(EmbeddedDatabase database, Runnable release) implements AutoCloseable {

		@Override
		public void close() {
			release.run();
		}
	}
}
