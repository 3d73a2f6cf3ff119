package fi.yhdessa.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLog log;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void findsEveryReadOfOneFamilyInAPeriodAndTheSearchIsItselfLogged() throws Exception {
		UUID worker = jdbc.sql("select id from platform.account where username = 'worker'").query(UUID.class).single();
		var found = jdbc.sql("select id, reference, family_id from casework.client_case where responsible_worker = ? and closed_at is null limit 1")
			.param(worker)
			.query((rs, n) -> List.of(rs.getString("id"), rs.getString("reference"), rs.getString("family_id")))
			.single();
		mvc.perform(get("/casework/cases/" + found.get(0)).with(user(users.loadUserByUsername("worker")))).andExpect(status().isOk());
		List<UUID> family = jdbc.sql("select coalesce(resident_id, id) from casework.member where family_id = ?::uuid").param(found.get(2)).query(UUID.class).list();
		long reads = jdbc.sql("select count(*) from consent.access_log where subject_ids && ?::uuid[] and logged_at >= ?")
			.param(family.toArray(UUID[]::new))
			.param(java.sql.Timestamp.from(LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).minusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Helsinki")).toInstant()))
			.query(Long.class)
			.single();
		long before = auditorsEntries();

		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
		mvc.perform(get("/access-log").with(auditor()).param("search", "true").param("caseReference", found.get(1))
			.param("from", today.minusDays(1).toString()).param("until", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Löytyi " + reads + " merkintää")))
			.andExpect(content().string(containsString("Veera Vastuutyöntekijä (worker)")))
			.andExpect(content().string(containsString("Tämä haku on kirjattu käyttölokiin.")));

		assertThat(auditorsEntries()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select record_id from consent.access_log where actor = 'auditor' order by sequence desc limit 1").query(String.class).single())
			.contains("case=" + found.get(1)).contains("from=");
		assertThat(jdbc.sql("select subject_ids from consent.access_log where actor = 'auditor' order by sequence desc limit 1")
			.query((rs, n) -> List.of((UUID[]) rs.getArray(1).getArray())).single()).containsExactlyInAnyOrderElementsOf(family);
	}

	@Test
	void exportsWhatWasFoundAsCsvASpreadsheetOpensWithoutEvaluatingFormulas() throws Exception {
		UUID someone = UUID.randomUUID();
		transaction.executeWithoutResult(status -> log.record(new AccessEntry("csv.tester", "RESPONSIBLE_WORKER", null, AccessEntry.Action.WRITE,
				"casework.break-glass", "x", List.of(someone), "=HYPERLINK(\"http://example.invalid\"); a; \"quoted\"")));
		byte[] csv = mvc.perform(get("/access-log.csv").with(auditor()).param("actor", "csv.tester").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFSequence;Time;\"Processed by\";Role;Organisation;Action;Record;\"Record id\";People;Basis\r\n");
		assertThat(text.lines().toList()).hasSize(2);
		assertThat(text).contains(";\"csv.tester\";RESPONSIBLE_WORKER;;WRITE;\"casework.break-glass\";x;\"" + someone + "\";\"'=HYPERLINK(\"\"http://example.invalid\"\"); a; \"\"quoted\"\"\"\r\n");
		assertThat(jdbc.sql("select count(*) from consent.access_log where actor = 'auditor' and record_id like 'export search actor=csv.tester%'")
			.query(Long.class).single()).isOne();
	}

	@Test
	void refusesABadIdentityCodeAndAReversedPeriodKeepingWhatWasTyped() throws Exception {
		mvc.perform(get("/access-log").with(auditor()).param("search", "true").param("person", "010101-123X")
			.param("from", "2026-11-30").param("until", "2026-11-01").param("lang", "sv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Personbeteckningen har inte rätt form.")))
			.andExpect(content().string(containsString("Slutdatumet är före startdatumet.")))
			.andExpect(content().string(containsString("value=\"010101-123X\"")));
		mvc.perform(get("/access-log").with(auditor()).param("search", "true").param("caseReference", "NO-SUCH-CASE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tällä tunnuksella ei löytynyt asiakkuutta.")));
	}

	@Test
	void readySearchesFindDeniedAccessAndFamiliesOwnReports() throws Exception {
		mvc.perform(get("/access-log").with(auditor())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hätäkäytöt ja niiden tarkastukset")))
			.andExpect(content().string(containsString("Epäonnistuneet kirjautumiset")));
		mvc.perform(get("/access-log").with(auditor()).param("search", "true").param("action", "DENIED")).andExpect(status().isOk());
	}

	@Test
	void isTheAuditorsAlone() throws Exception {
		mvc.perform(get("/access-log").with(user(users.loadUserByUsername("supervisor")))).andExpect(status().isForbidden());
		mvc.perform(get("/access-log.csv").with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
	}

	private long auditorsEntries() {
		return jdbc.sql("select count(*) from consent.access_log where actor = 'auditor' and record_kind = 'consent.access-log'").query(Long.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor auditor() {
		return user(users.loadUserByUsername("auditor"));
	}
}
