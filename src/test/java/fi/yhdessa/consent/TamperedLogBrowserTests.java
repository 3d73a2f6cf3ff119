package fi.yhdessa.consent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import fi.yhdessa.testing.BrowserVisit;
import fi.yhdessa.testing.DatabaseOwner;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A database of its own, since the test changes an entry of the access log behind the platform's back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_tampered_log" })
class TamperedLogBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessLog log;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Flyway flyway;

	@Test
	void theAuditorSeesPlainlyWhereAChangedEntryBreaksTheChain() {
		accounts.register(NewAccount.staff("tamper.auditor", "tarkastaja-salasana", "Tiina Tarkastaja", EnumSet.of(Role.AUDITOR), null, null));
		UUID child = UUID.randomUUID();
		for (int n = 0; n < 3; n++) {
			transaction.executeWithoutResult(status -> log.record(new AccessEntry("worker", "RESPONSIBLE_WORKER", null, AccessEntry.Action.READ,
					"casework.case", UUID.randomUUID().toString(), List.of(child), "Social Welfare Act §42: responsible worker")));
		}
		long middle = JdbcClient.create(flyway.getConfiguration().getDataSource())
			.sql("select max(sequence) - 1 from consent.access_log").query(Long.class).single();
		JdbcClient owner = DatabaseOwner.sql(flyway);
		owner.sql("alter table consent.access_log disable trigger access_log_is_append_only").update();
		owner.sql("update consent.access_log set actor = 'someone-else' where sequence = ?").param(middle).update();
		owner.sql("alter table consent.access_log enable trigger access_log_is_append_only").update();

		try (BrowserVisit auditor = new BrowserVisit(port)) {
			auditor.signIn("tamper.auditor", "tarkastaja-salasana");
			assertThat(auditor.heading()).hasText("Käyttölokin haku");
			auditor.click(AriaRole.LINK, "Lokin eheyden tarkistus ja tarkistuspisteet");
			assertThat(auditor.page().getByRole(AriaRole.ALERT)).containsText("Loki ei ole eheä.");
			assertThat(auditor.page().getByRole(AriaRole.ALERT)).containsText(String.valueOf(middle));
		}
		try (BrowserVisit phone = new BrowserVisit(port, 320, 640)) {
			phone.signIn("tamper.auditor", "tarkastaja-salasana");
			phone.open("/access-log/verification");
		}
	}
}
