package fi.yhdessa.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.testing.BrowserVisit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void showsResultsAsYouTypeInFinnishSwedishAndEnglishWithALinkThatCanBeShared() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/search");
			visit.page().getByLabel("Mitä etsit?").pressSequentially("perhekahvilaan");
			assertThat(firstResult(visit)).containsText("perhekahvila");
			assertThat(visit.page()).hasURL(java.util.regex.Pattern.compile(".*q=perhekahvilaan.*"));
			visit.checked();

			visit.open("/search?lang=sv");
			visit.page().getByLabel("Vad söker du?").pressSequentially("barnrådgivningen");
			assertThat(firstResult(visit)).hasText("Barnrådgivningen i Björkby");
			visit.checked();

			visit.open("/search?lang=en");
			visit.page().getByLabel("What are you looking for?").pressSequentially("divorce");
			assertThat(visit.page().locator(".result__name a").first()).isVisible();
			assertThat(visit.page().locator(".results__list")).containsText("Support when parents separate");
			visit.checked();
		}
	}

	@Test
	void narrowsTheResultsWithFiltersAndOpensAServicePage() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/search?q=neuvola");
			visit.page().getByLabel("Kunta", new Page.GetByLabelOptions().setExact(true)).selectOption("805");
			assertThat(visit.page().locator(".results__list")).not().containsText("Järvilinnan lastenneuvola");
			assertThat(firstResult(visit)).containsText("Peltola");
			visit.page().getByLabel("Ei lähetettä").check();
			assertThat(visit.page()).hasURL(java.util.regex.Pattern.compile(".*noReferral=true.*"));
			visit.checked();

			visit.click(AriaRole.LINK, "Peltolan lastenneuvola");
			assertThat(visit.heading()).containsText("Peltolan lastenneuvola");
			assertThat(visit.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Miten pääset palveluun"))).isVisible();
			assertThat(visit.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Missä ja milloin"))).isVisible();
		}
	}

	@Test
	void canBeUsedWithTheKeyboardAlone() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/");
			Page page = visit.page();
			tabUntil(page, "front-q");
			page.keyboard().type("lastenvalvoja");
			page.keyboard().press("Enter");
			page.waitForURL(java.util.regex.Pattern.compile(".*/search\\?q=lastenvalvoja.*"));
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			visit.checked();
			assertThat(firstResult(visit)).hasText("Lastenvalvoja");
			for (int i = 0; i < 60 && !"Lastenvalvoja".equals(page.evaluate("document.activeElement.textContent.trim()")); i++) {
				page.keyboard().press("Tab");
			}
			assertThat((String) page.evaluate("document.activeElement.textContent.trim()")).isEqualTo("Lastenvalvoja");
			page.keyboard().press("Enter");
			page.waitForURL(java.util.regex.Pattern.compile(".*/services/.*"));
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			visit.checked();
			assertThat(visit.heading()).containsText("Lastenvalvoja");
		}
	}

	@Test
	void showsThisWeeksActivitiesAndLeadsToOne() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/search");
			visit.click(AriaRole.LINK, "Tämän viikon toiminta lähelläsi");
			assertThat(visit.heading()).hasText("Tämän viikon toiminta lähelläsi");
			visit.page().getByLabel("Kunta", new Page.GetByLabelOptions().setExact(true)).selectOption("802");
			visit.click(AriaRole.BUTTON, "Näytä");
			assertThat(visit.page().locator("section.day")).hasCount(7);
			Locator first = visit.page().locator(".day__list a").first();
			String name = first.textContent();
			first.click();
			visit.page().waitForLoadState();
			visit.checked();
			assertThat(visit.heading()).containsText(name);
			assertThat(visit.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lisää kalenteriin"))).isVisible();
		}
	}

	private static Locator firstResult(BrowserVisit visit) {
		return visit.page().locator(".result__name a").first();
	}

	private static void tabUntil(Page page, String id) {
		for (int i = 0; i < 30 && !id.equals(page.evaluate("document.activeElement.id")); i++) {
			page.keyboard().press("Tab");
		}
		assertThat((String) page.evaluate("document.activeElement.id")).isEqualTo(id);
	}
}
