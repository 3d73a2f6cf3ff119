package fi.yhdessa.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.yhdessa.platform.FactIds;
import fi.yhdessa.testing.BrowserVisit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analyst's dashboard in a real browser, on the demo region with its two years of synthetic
 * history and the facts of its own records told by the backfill: filter to one municipality,
 * compare two periods, drill down to a unit, download a table as CSV, save a savings scenario; the
 * national indicators' polarisation; the steering group's welfare plan, the analyst's welfare report
 * and the public plan a resident reads. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "yhdessa.db.name=yhdessa_insight_demo",
		"yhdessa.demo.insight-history=true", "yhdessa.facts.backfill=true", "yhdessa.demo.indicators=true", "yhdessa.insight.sotkanet-county=90",
		"yhdessa.insight.platform-pairs=9008:NOTIFICATION_RECEIVED", "yhdessa.insight.sotkanet-nightly=false" })
class InsightBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAnalystFiltersComparesDrillsDownDownloadsAndSavesAScenario() throws Exception {
		YearMonth now = YearMonth.now();
		try (BrowserVisit visit = new BrowserVisit(port)) {
			Page page = visit.page();
			visit.signIn("analyst", "demo").open("/insight");
			assertThat(visit.heading()).hasText("Palvelujen kulku");
			assertThat(page.locator("#contacts table.figures")).isVisible();
			assertThat(page.locator("#contacts .chart canvas")).isVisible();

			page.getByLabel("Kunta", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Järvilinna"));
			page.getByLabel("Vertailujakso alkaen").fill(now.minusMonths(23).toString());
			page.getByLabel("Vertailujakso päättyen").fill(now.minusMonths(12).toString());
			visit.click(AriaRole.BUTTON, "Näytä");
			assertThat(page.locator("#compare-shares caption")).hasText("Jaksojen vertailu: osuudet");
			assertThat(page.locator("#by-unit caption")).hasText("Pääluvut yksiköittäin");

			String unit = page.locator("#by-unit tbody th a").first().textContent().strip();
			page.locator("#by-unit tbody th a").first().click();
			page.waitForLoadState();
			visit.checked();
			assertThat(page.getByLabel("Yksikkö", new Page.GetByLabelOptions().setExact(true)).locator("option:checked")).hasText(unit);

			Download download = page.waitForDownload(() -> page.locator("#contacts a[download]").click());
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\uFEFFKuukausi;");
			assertThat(download.suggestedFilename()).isEqualTo("contacts.csv");

			visit.open("/insight/scenarios");
			page.getByLabel("Varhain tavoitetut perheet vuodessa").fill("150");
			visit.click(AriaRole.BUTTON, "Laske");
			assertThat(page.locator("#result-heading")).hasText("Tulos");
			page.getByLabel("Laskelman nimi").fill("Perheneuvolan laajennus");
			visit.click(AriaRole.BUTTON, "Tallenna laskelma");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Laskelma tallennettiin.");
			assertThat(page.locator("#compared thead")).containsText("Perheneuvolan laajennus");
		}
	}

	@Test
	void theDemoRegionsOwnRecordsAreToldToInsightByTheBackfillBesideItsHistory() {
		Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("select count(*) from platform.fact_backfill where finished_at is not null")
			.query(Long.class).single() >= 10);
		List<UUID> cases = jdbc.sql("select id from casework.client_case").query(UUID.class).list();
		UUID[] opened = cases.stream().map(id -> FactIds.of("CaseOpened", id)).toArray(UUID[]::new);
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from insight.fact where id = any(:ids)").param("ids", opened)
			.query(Long.class).single() == cases.size());
		assertThat(jdbc.sql("select facts from insight.demo_history where scale = 'demo'").query(Long.class).single()).isGreaterThan(30_000);
		assertThat(jdbc.sql("select count(distinct month) from insight.fact where kind = 'CONTACT_RECEIVED'").query(Long.class).single())
			.as("two years of history").isGreaterThanOrEqualTo(24);
	}

	@Test
	void theAnalystSeesAnIndicatorsPolarisationWithTheCountyAgainstTheCountryAndThePlatformsOwnFigures() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			Page page = visit.page();
			visit.signIn("analyst", "demo").open("/insight/indicators?indicator=9008");
			assertThat(visit.heading()).hasText("Kansalliset indikaattorit");
			assertThat(page.locator("#trend thead")).containsText("Koko maa");
			assertThat(page.locator("#trend thead")).containsText("Kuntien ero");
			assertThat(page.locator("#trend .chart canvas")).isVisible();
			assertThat(page.locator("#municipalities tbody tr")).hasCount(11);
			assertThat(page.locator("#platform caption")).containsText("lastensuojeluilmoitukset");
		}
	}

	@Test
	void theSteeringGroupSetsAPriorityWithTwoIndicatorsAndATargetAndAdoptsThePlan() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			Page page = visit.page();
			visit.signIn("analyst", "demo").open("/insight/welfare-plans");
			page.locator("#titleFi").fill("Hyvinvointisuunnitelma 2030–2033");
			page.getByLabel("Ensimmäinen vuosi").fill("2030");
			page.getByLabel("Viimeinen vuosi").fill("2033");
			visit.click(AriaRole.BUTTON, "Luo suunnitelma");
			assertThat(visit.heading()).hasText("Hyvinvointisuunnitelma 2030–2033");

			visit.click(AriaRole.LINK, "Lisää painopiste");
			page.locator("#titleFi").fill("Nuorten yksinäisyyden vähentäminen");
			page.getByLabel("Vastuuryhmä").selectOption(new SelectOption().setLabel("Perhekeskusten ohjausryhmä"));
			visit.click(AriaRole.BUTTON, "Tallenna painopiste");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Painopiste lisättiin");

			page.getByLabel("Indikaattori", new Page.GetByLabelOptions().setExact(true)).selectOption("9004");
			page.getByLabel("Lähtötaso", new Page.GetByLabelOptions().setExact(true)).fill("14,7");
			page.getByLabel("Lähtötason vuosi").fill("2025");
			page.getByLabel("Tavoite", new Page.GetByLabelOptions().setExact(true)).fill("12");
			page.getByLabel("Tavoitevuosi").fill("2033");
			visit.click(AriaRole.BUTTON, "Tallenna ja lisää toinen");
			assertThat(page.locator("main")).containsText("Painopisteellä on 1 indikaattoria.");
			page.getByLabel("Indikaattori", new Page.GetByLabelOptions().setExact(true)).selectOption("9005");
			page.getByLabel("Tavoite", new Page.GetByLabelOptions().setExact(true)).fill("18");
			page.getByLabel("Tavoitevuosi").fill("2033");
			visit.click(AriaRole.BUTTON, "Tallenna");

			assertThat(page.locator("section.card table").first().locator("tbody tr")).hasCount(2);
			assertThat(page.locator("section.card").first()).containsText("12,0 (2033)");
			visit.click(AriaRole.BUTTON, "Hyväksy suunnitelma");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Suunnitelma on hyväksytty ja julkaistu.");
		}
	}

	@Test
	void theAnalystWritesTheSummaryAndGeneratesTheWelfareReport() throws Exception {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			Page page = visit.page();
			visit.signIn("analyst", "demo").open("/insight/welfare-report");
			assertThat(visit.heading()).hasText("Hyvinvointikertomus");
			page.locator("#text-SUMMARY-fi").fill("Lasten ja nuorten yksinäisyys on lisääntynyt.\n\nPerhekeskusten matalan kynnyksen apu tavoittaa yhä useamman.");
			visit.click(AriaRole.BUTTON, "Tallenna tekstit");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tekstit tallennettiin.");
			assertThat(page.locator("#text-SUMMARY-fi")).hasValue("Lasten ja nuorten yksinäisyys on lisääntynyt.\n\nPerhekeskusten matalan kynnyksen apu tavoittaa yhä useamman.");

			Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lataa PDF suomeksi")).click());
			assertThat(download.suggestedFilename()).matches("hyvinvointikertomus-\\d{4}-fi\\.pdf");
			try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(download.path()))) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
				assertThat(text).contains("Lasten ja nuorten yksinäisyys on lisääntynyt.").contains("Lasten ja nuorten mielen hyvinvointi");
				assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fi");
			}
		}
	}

	@Test
	void aResidentReadsThePublicPlanAndItsPromises() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			Page page = visit.page();
			int first = YearMonth.now().getYear() - (YearMonth.now().getYear() - 2026) % 4;
			String period = first + "–" + (first + 3);
			visit.signIn("parent", "demo").open("/");
			visit.click(AriaRole.LINK, "Hyvinvointisuunnitelma");
			if (page.locator("h1").textContent().strip().equals("Hyvinvointisuunnitelma")) {
				visit.click(AriaRole.LINK, "Lasten ja nuorten hyvinvointisuunnitelma " + period);
			}
			assertThat(visit.heading()).hasText("Lasten ja nuorten hyvinvointisuunnitelma " + period);
			assertThat(page.locator("main")).containsText("Päihteiden käytön ehkäisy");
			assertThat(page.locator("main")).containsText("Tavoitteena lasku");
			assertThat(page.locator("main")).containsText("Ryhmätoimintaa yksinäisyyttä kokeville nuorille");
			visit.click(AriaRole.LINK, "På svenska");
			assertThat(visit.heading()).hasText("Plan för barns och ungas välfärd " + period);
		}
	}
}
