package fi.yhdessa.platform;

import fi.yhdessa.platform.DatabaseConfiguration.EmbeddedDatabaseHandle;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Least privilege: the migrations run as the owner of the tables, the platform as a role that owns
 * nothing. After every migration Flyway runs {@code afterMigrate__grant_platform_role.sql}, which
 * grants that role what the modules' code needs and withholds changes to append-only records and
 * deletion of client data.
 *
 * <p>The embedded database migrates as its superuser and serves the platform as
 * {@value EmbeddedDatabase#APP_ROLE}. An external database migrates as {@code YHDESSA_DB_OWNER}
 * when it is set; without it the platform's own user runs the migrations and owns what they create,
 * and the start-up log says that least privilege is not in force.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MigrationConfiguration.class);
	static final String APP_ROLE_PLACEHOLDER = "appRole";

	@Bean
	FlywayConfigurationCustomizer migrationsAsOwner(DatabaseSettings settings, ObjectProvider<EmbeddedDatabaseHandle> embedded, Environment environment) {
		return configuration -> {
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			EmbeddedDatabaseHandle handle = embedded.getIfAvailable();
			if (handle != null) {
				configuration.dataSource(handle.database().jdbcUrl(settings.db().name()), EmbeddedDatabase.OWNER, "");
				placeholders.put(APP_ROLE_PLACEHOLDER, EmbeddedDatabase.APP_ROLE);
			}
			else if (settings.db().owner() != null && !settings.db().owner().isBlank()) {
				configuration.dataSource(settings.db().url(), settings.db().owner(), settings.db().ownerPassword());
				placeholders.put(APP_ROLE_PLACEHOLDER, environment.getProperty("spring.datasource.username", ""));
			}
			else {
				log.warn("Database: the platform runs the migrations as its own user and owns its tables; set YHDESSA_DB_OWNER "
						+ "to migrate as the owner and run with least privilege");
				placeholders.put(APP_ROLE_PLACEHOLDER, "");
			}
			configuration.placeholders(placeholders);
		};
	}
}
