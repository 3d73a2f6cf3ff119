package fi.yhdessa.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.yhdessa.testing.BrowserVisit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdministrationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void administratorOpensAWorkerAccountInAUnitAndClosesItOnlyAfterItsCaseIsHandedOver() {
		AccountSummary supervisor = accounts.findByUsername("supervisor").orElseThrow();
		UUID worker = accounts.findByUsername("worker").orElseThrow().id().value();
		UUID caseId = jdbc.sql("select id from casework.client_case where responsible_worker = ? and closed_at is null order by opened_at limit 1")
			.param(worker)
			.query(UUID.class)
			.single();
		try (BrowserVisit admin = new BrowserVisit(port); BrowserVisit lead = new BrowserVisit(port)) {
			admin.signIn("admin", "demo");
			assertThat(admin.heading()).hasText("Käyttäjät");
			admin.click(AriaRole.LINK, "Uusi henkilöstön tunnus");
			Page form = admin.page();
			form.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true)).fill("Tuuli Tulokas");
			form.getByLabel("Käyttäjätunnus").fill("tuuli.tulokas");
			form.getByLabel("Työsähköposti").fill("tuuli.tulokas@example.fi");
			form.getByLabel("Rooli", new Page.GetByLabelOptions().setExact(true)).selectOption("RESPONSIBLE_WORKER");
			form.getByLabel("Organisaatio tai yksikkö").selectOption(new SelectOption().setValue(supervisor.organisationId() + "/" + supervisor.unitId()));
			form.getByLabel("Syy muutokseen").fill("new family worker in the northern team");
			admin.click(AriaRole.BUTTON, "Avaa tunnus");
			assertThat(admin.heading()).hasText("Tuuli Tulokas");
			assertThat(form.getByRole(AriaRole.STATUS)).containsText("Tunnus on avattu");
			assertThat(form.locator(".facts")).containsText("Perhesosiaalityö, pohjoinen alue");
			String accountPage = form.url().substring(form.url().indexOf("/admin/"));

			lead.signIn("supervisor", "demo");
			handOver(lead, caseId, "Tuuli Tulokas");

			admin.open(accountPage);
			form.getByLabel("Syy muutokseen").last().fill("moves to another county");
			admin.click(AriaRole.BUTTON, "Sulje tunnus");
			assertThat(form.getByRole(AriaRole.ALERT).first()).containsText("Korjaa merkityt kohdat");
			assertThat(form.locator("#status-heading + .notice")).containsText("Alle viisi avointa asiakkuutta, joissa hän on vastuutyöntekijä");
			assertThat(form.getByLabel("Syy muutokseen").last()).hasValue("moves to another county");

			handOver(lead, caseId, "Veera Vastuutyöntekijä");

			admin.click(AriaRole.BUTTON, "Sulje tunnus");
			assertThat(form.getByRole(AriaRole.STATUS)).containsText("Tunnus on suljettu");
			assertThat(form.locator(".facts")).containsText("Poistettu käytöstä");
			assertThat(form.locator("#log-heading + ul")).containsText("Tunnus suljettu – moves to another county");
		}
		try (BrowserVisit phone = new BrowserVisit(port, 320, 640)) {
			phone.signIn("admin", "demo");
			phone.open("/admin/accounts?q=tuuli");
			assertThat(phone.page().locator("main")).containsText("Tuuli Tulokas");
			phone.click(AriaRole.LINK, "Tuuli Tulokas");
			phone.open("/admin/accounts/new");
			phone.open("/admin/security-log");
		}
	}

	private static void handOver(BrowserVisit lead, UUID caseId, String to) {
		lead.open("/casework/cases/" + caseId + "?open=responsible");
		lead.page().getByLabel("Uusi vastuutyöntekijä").selectOption(new SelectOption().setLabel(to));
		lead.page().getByLabel("Vaihdon syy").fill("hand-over before leaving");
		lead.click(AriaRole.BUTTON, "Vaihda vastuutyöntekijä");
	}
}
