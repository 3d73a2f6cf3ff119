package fi.yhdessa.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.testing.DatabaseOwner;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log in a database of its own, since the test breaks its chain on purpose. */
@SpringBootTest(properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_access_log" })
class AccessLogIntegrationTests {

	static final UUID CHILD = UUID.fromString("0f6a0c1e-5b1e-4a4e-9a53-5f0a0c1e0001");

	@Autowired
	AccessLog log;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void writesOnlyInsideTheTransactionOfTheReadAndRefusesChangesAndFindsAChangedOrRemovedEntry() {
		assertThatThrownBy(() -> log.record(entry("worker", AccessEntry.Action.READ))).isInstanceOf(IllegalTransactionStateException.class);

		for (String actor : List.of("worker", "worker2", "ngo", "intake", "worker")) {
			transaction.executeWithoutResult(status -> log.record(entry(actor, AccessEntry.Action.READ)));
		}
		assertThat(log.verify()).isEqualTo(new AccessLog.Verification(5, null, null));

		// A read whose transaction fails leaves no entry, and the chain goes on from the last one.
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			log.record(entry("worker", AccessEntry.Action.WRITE));
			throw new IllegalStateException("the read failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(log.verify().checked()).isEqualTo(5);

		// The entry is written as the read commits: if it cannot be written, the read fails and returns nothing.
		assertThatThrownBy(() -> transaction.execute(status -> {
			jdbc.sql("set transaction read only").update();
			log.record(entry("worker", AccessEntry.Action.READ));
			return jdbc.sql("select count(*) from consent.access_log").query(Long.class).single();
		})).hasMessageContaining("read-only transaction");
		assertThat(log.verify().checked()).isEqualTo(5);

		// A transaction started inside another keeps its own entries: they stay when the outer one fails.
		TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			log.record(entry("worker", AccessEntry.Action.READ));
			inner.executeWithoutResult(nested -> log.record(entry("intake", AccessEntry.Action.READ)));
			throw new IllegalStateException("the outer read failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(log.verify().checked()).isEqualTo(6);
		assertThat(jdbc.sql("select actor from consent.access_log where sequence = 6").query(String.class).single()).isEqualTo("intake");

		// The platform's role may not change or remove entries; even the owner of the table is stopped by its trigger.
		assertThatThrownBy(() -> jdbc.sql("update consent.access_log set actor = 'someone' where sequence = 2").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from consent.access_log where sequence = 4").update()).rootCause()
			.hasMessageContaining("permission denied");
		JdbcClient owner = DatabaseOwner.sql(flyway);
		assertThatThrownBy(() -> owner.sql("update consent.access_log set actor = 'someone' where sequence = 2").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.sql("delete from consent.access_log where sequence = 4").update()).hasMessageContaining("append-only");

		// Someone with the power to switch the guard off changes an entry, and then removes one.
		owner.sql("alter table consent.access_log disable trigger access_log_is_append_only").update();
		owner.sql("update consent.access_log set actor = 'someone' where sequence = 2").update();
		assertThat(log.verify()).satisfies(check -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.brokenAt()).isEqualTo(2);
			assertThat(check.reason()).contains("changed");
		});
		owner.sql("update consent.access_log set actor = 'worker2' where sequence = 2").update();
		assertThat(log.verify().intact()).isTrue();
		owner.sql("delete from consent.access_log where sequence = 4").update();
		owner.sql("alter table consent.access_log enable trigger access_log_is_append_only").update();
		assertThat(log.verify()).satisfies(check -> {
			assertThat(check.brokenAt()).isEqualTo(4);
			assertThat(check.reason()).contains("missing");
		});
	}

	private static AccessEntry entry(String actor, AccessEntry.Action action) {
		return new AccessEntry(actor, "RESPONSIBLE_WORKER", null, action, "case", "case-1", List.of(CHILD), "Social Welfare Act §42: responsible worker");
	}
}
