package fi.yhdessa.testing;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL as the owner of the tables, for tests that play someone with more power than the platform
 * (switching a guard trigger off to tamper with the access log). The platform's own role cannot.
 */
public final class DatabaseOwner {

	private DatabaseOwner() {
	}

	/** The owner's connection is the one the migrations ran on. */
	public static JdbcClient sql(Flyway flyway) {
		return JdbcClient.create(flyway.getConfiguration().getDataSource());
	}
}
