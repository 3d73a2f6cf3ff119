package fi.yhdessa.consent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import fi.yhdessa.testing.BrowserVisit;
import fi.yhdessa.testing.DatabaseOwner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints of the access log, and the auditor's view of a break, in a database of their own:
 * the tests cut entries from the log's end and change one behind the platform's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_access_log_checkpoints" })
@AutoConfigureMockMvc
class AccessLogCheckpointsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	static final UUID CHILD = UUID.fromString("0f6a0c1e-5b1e-4a4e-9a53-5f0a0c1e0002");

	@Autowired
	AccessLog log;

	@Autowired
	AccessLogCheckpoints checkpoints;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Value("${yhdessa.data-dir}")
	Path dataDir;

	@Test
	void aCheckpointFindsEntriesCutFromTheEndThatTheChainAloneCannotAndATamperedCheckpoint() throws Exception {
		Path file = dataDir.resolve("access-log-checkpoints.tsv");
		Files.deleteIfExists(file);
		long before = jdbc.sql("select coalesce(max(sequence), 0) from consent.access_log").query(Long.class).single();
		record(4);
		AccessLogCheckpoints.Checkpoint taken = checkpoints.checkpoint().orElseThrow();
		assertThat(taken.sequence()).isEqualTo(before + 4);
		assertThat(checkpoints.checkpoint()).as("nothing new since the last checkpoint").isEmpty();
		record(2);
		assertThat(checkpoints.checkpoint()).hasValueSatisfying(newer -> assertThat(newer.sequence()).isEqualTo(before + 6));
		assertThat(checkpoints.verify()).satisfies(standing -> {
			assertThat(standing.intact()).isTrue();
			assertThat(standing.checkpoints()).isEqualTo(2);
			assertThat(standing.lastCheckpoint().sequence()).isEqualTo(before + 6);
		});
		assertThat(page("fi")).contains("Loki on eheä").contains("Viimeisin nimeää merkinnän " + (before + 6));

		// Someone able to switch the guard off removes the newest entries: the chain that is left is whole.
		JdbcClient owner = DatabaseOwner.sql(flyway);
		owner.sql("alter table consent.access_log disable trigger access_log_is_append_only").update();
		owner.sql("delete from consent.access_log where sequence > ?").param(before + 4).update();
		owner.sql("alter table consent.access_log enable trigger access_log_is_append_only").update();
		AccessLogCheckpoints.Standing cut = checkpoints.verify();
		assertThat(cut.chain().intact()).as("the chain alone").isTrue();
		assertThat(cut.intact()).isFalse();
		assertThat(cut.checkpointProblem()).contains("cut from the end").contains("ends at entry " + (before + 4)).contains("names entry " + (before + 6));
		assertThat(page("sv")).contains("Loggen är inte intakt.").contains("loggen slutar vid post " + (before + 4)).contains("anger post " + (before + 6));

		// A checkpoint line written by someone without the key does not count.
		List<String> lines = Files.readAllLines(file);
		String forged = lines.getLast().replaceFirst("\t" + (before + 6) + "\t", "\t" + (before + 4) + "\t");
		Files.writeString(file, forged + "\n", java.nio.file.StandardOpenOption.APPEND);
		assertThat(checkpoints.verify().checkpointProblem()).contains("does not carry a valid signature");
		assertThat(forged).isNotEqualTo(lines.getLast());
		Files.delete(file);
	}

	@Test
	void onlyTheAuditorSeesTheLogsIntegrity() throws Exception {
		mvc.perform(get("/access-log/verification").with(user(account("checkpoint-supervisor", Role.SUPERVISOR)))).andExpect(status().isForbidden());
		mvc.perform(get("/access-log/verification")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theAuditorSeesPlainlyWhereAChangedEntryBreaksTheChain() {
		if (!accounts.exists("tamper.auditor")) {
			accounts.register(NewAccount.staff("tamper.auditor", "tarkastaja-salasana", "Tiina Tarkastaja", EnumSet.of(Role.AUDITOR), null, null));
		}
		UUID child = UUID.randomUUID();
		for (int n = 0; n < 3; n++) {
			transaction.executeWithoutResult(status -> log.record(new AccessEntry("worker", "RESPONSIBLE_WORKER", null, AccessEntry.Action.READ,
					"casework.case", UUID.randomUUID().toString(), List.of(child), "Social Welfare Act §42: responsible worker")));
		}
		long middle = JdbcClient.create(flyway.getConfiguration().getDataSource())
			.sql("select max(sequence) - 1 from consent.access_log").query(Long.class).single();
		tamper(middle, "someone-else");
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
		finally {
			tamper(middle, "worker");
		}
		org.assertj.core.api.Assertions.assertThat(checkpoints.verify().chain().intact()).as("the entry put back").isTrue();
	}

	/** Changes an entry's actor as the owner of the table can, with the guard switched off for a moment. */
	private void tamper(long sequence, String actor) {
		JdbcClient owner = DatabaseOwner.sql(flyway);
		owner.sql("alter table consent.access_log disable trigger access_log_is_append_only").update();
		owner.sql("update consent.access_log set actor = ? where sequence = ?").param(actor).param(sequence).update();
		owner.sql("alter table consent.access_log enable trigger access_log_is_append_only").update();
	}

	private String page(String language) throws Exception {
		return mvc.perform(get("/access-log/verification").param("lang", language).with(user(account("checkpoint-auditor", Role.AUDITOR))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UserDetails account(String username, Role role) {
		if (!accounts.exists(username)) {
			accounts.register(NewAccount.staff(username, "tarkastuspiste-salasana", "Tarkastuspiste " + role, EnumSet.of(role), null, null));
		}
		return users.loadUserByUsername(username);
	}

	private void record(int entries) {
		for (int n = 0; n < entries; n++) {
			transaction.executeWithoutResult(status -> log.record(new AccessEntry("worker", "RESPONSIBLE_WORKER", null, AccessEntry.Action.READ, "case",
					UUID.randomUUID().toString(), List.of(CHILD), "Social Welfare Act §42: responsible worker")));
		}
	}
}
