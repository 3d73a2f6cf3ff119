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
 * compare two periods, drill down to a unit, download a table as CSV, save a savings scenario.
 * Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "yhdessa.db.name=yhdessa_insight_demo",
		"yhdessa.demo.insight-history=true", "yhdessa.facts.backfill=true" })
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
}
