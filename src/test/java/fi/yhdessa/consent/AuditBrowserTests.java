package fi.yhdessa.consent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.testing.BrowserVisit;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditorLandsOnTheLogFindsEveryReadOfOneFamilyInAPeriodAndExportsIt() throws Exception {
		UUID worker = jdbc.sql("select id from platform.account where username = 'worker'").query(UUID.class).single();
		String[] found = jdbc.sql("select id, reference from casework.client_case where responsible_worker = ? and closed_at is null order by opened_at limit 1")
			.param(worker)
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("reference") })
			.single();
		String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
		try (BrowserVisit reader = new BrowserVisit(port); BrowserVisit auditor = new BrowserVisit(port)) {
			reader.signIn("worker", "demo");
			reader.open("/casework/cases/" + found[0]);

			auditor.signIn("auditor", "demo");
			assertThat(auditor.heading()).hasText("Käyttölokin haku");
			Page page = auditor.page();
			page.getByLabel("Asiakkuuden tunnus").fill(found[1]);
			page.getByLabel("Käsittelijän käyttäjätunnus").fill("worker");
			page.getByLabel("Alkaen").fill(today);
			page.getByLabel("Päättyen").fill(today);
			auditor.click(AriaRole.BUTTON, "Hae");
			assertThat(page.locator("#found-heading")).containsText("merkintää");
			assertThat(page.locator("table")).containsText("Veera Vastuutyöntekijä (worker)");
			assertThat(page.getByLabel("Asiakkuuden tunnus")).hasValue(found[1]);

			Download download = page.waitForDownload(() -> page.getByText("Lataa kaikki löydetyt CSV-tiedostona").click());
			String csv = Files.readString(download.path());
			org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFJärjestysnumero;Aika;").contains(";worker;RESPONSIBLE_WORKER;");
		}
		try (BrowserVisit phone = new BrowserVisit(port, 320, 640)) {
			phone.signIn("auditor", "demo");
			phone.open("/access-log?search=true&action=DENIED");
			phone.open("/access-log/verification");
		}
	}
}
