package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform works as a role that owns nothing: what no code may do, PostgreSQL refuses it. */
@SpringBootTest(properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_roles" })
class DatabaseRoleIntegrationTests {

	static final List<String> APPEND_ONLY = List.of("consent.access_log", "casework.journal_entry", "casework.responsibility", "casework.message",
			"casework.attachment", "casework.goal_attainment", "casework.everyday_rating", "insight.fact", "platform.security_log");

	static final List<String> CLIENT_DATA = List.of("casework.client_case", "casework.family", "casework.member", "casework.plan_version",
			"casework.handoff", "consent.consent", "population.resident", "frontdoor.contact", "frontdoor.concern");

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlatformIsARoleThatOwnsNothingAndIsNoSuperuser() {
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(EmbeddedDatabase.APP_ROLE);
		assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user")
			.query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from pg_namespace where nspowner = (select oid from pg_roles where rolname = current_user)")
			.query(Long.class).single()).isZero();
	}

	@Test
	void appendOnlyRecordsCannotBeChangedRemovedOrEmptied() {
		for (String table : APPEND_ONLY) {
			String column = jdbc.sql("select attname from pg_attribute where attrelid = cast(:table as regclass) and attnum = 1")
				.param("table", table).query(String.class).single();
			assertRefused("update " + table + " set " + column + " = " + column + " where false");
			assertRefused("delete from " + table + " where false");
			assertRefused("truncate " + table);
			assertThat(jdbc.sql("select has_table_privilege(cast(:table as regclass), 'INSERT')").param("table", table).query(Boolean.class).single())
				.as("the platform adds to %s", table).isTrue();
		}
	}

	@Test
	void clientDataCannotBeDeleted() {
		for (String table : CLIENT_DATA) {
			assertRefused("delete from " + table + " where false");
			assertRefused("truncate " + table);
		}
	}

	@Test
	void theGuardsAndTheSchemaCannotBeChanged() {
		assertRefused("alter table consent.access_log disable trigger access_log_is_append_only");
		assertRefused("drop trigger journal_is_append_only on casework.journal_entry");
		assertRefused("drop table consent.access_log");
		assertRefused("alter table casework.client_case add column note text");
		assertRefused("create table casework.shadow (id int)");
		assertRefused("create table public.shadow (id int)");
		assertRefused("create schema shadow");
		jdbc.sql("grant update on consent.access_log to public").update();
		assertThat(jdbc.sql("select has_table_privilege('consent.access_log', 'UPDATE')").query(Boolean.class).single())
			.as("a grant the platform cannot give is not given").isFalse();
		assertRefused("alter role " + EmbeddedDatabase.APP_ROLE + " superuser");
	}

	private void assertRefused(String statement) {
		assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
			.satisfies(refusal -> assertThat(((SQLException) NestedExceptionUtils.getMostSpecificCause(refusal)).getSQLState())
				.as("%s: %s", statement, refusal.getMessage()).isEqualTo("42501"));
	}
}
