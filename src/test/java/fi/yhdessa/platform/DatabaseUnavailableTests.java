package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

/** Which failures of the database are the service briefly unavailable (503), not a fault of the request or of the code. */
class DatabaseUnavailableTests {

	@Test
	void aFullDiskOrAMissingConnectionOrAShutdownIsTheServiceBrieflyUnavailable() {
		assertThat(ErrorPages.databaseUnreachable(wrapped("53100", "could not extend file: No space left on device"))).isTrue();
		assertThat(ErrorPages.databaseUnreachable(wrapped("53300", "too many connections"))).isTrue();
		assertThat(ErrorPages.databaseUnreachable(wrapped("08006", "connection failure"))).isTrue();
		assertThat(ErrorPages.databaseUnreachable(wrapped("57P01", "terminating connection due to administrator command"))).isTrue();
	}

	@Test
	void aRefusedStatementIsNot() {
		assertThat(ErrorPages.databaseUnreachable(wrapped("23505", "duplicate key"))).isFalse();
		assertThat(ErrorPages.databaseUnreachable(new DataIntegrityViolationException("check"))).isFalse();
		assertThat(ErrorPages.databaseUnreachable(new IllegalStateException("a bug"))).isFalse();
	}

	private static RuntimeException wrapped(String state, String message) {
		return new UncategorizedSQLException("insert", "insert into casework.journal_entry", new SQLException(message, state));
	}
}
