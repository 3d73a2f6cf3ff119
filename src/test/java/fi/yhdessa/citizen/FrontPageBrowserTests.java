package fi.yhdessa.citizen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.testing.BrowserVisit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontPageBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheFrontPageInFinnishSwedishAndEnglish() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/");
			assertThat(visit.page().locator("html")).hasAttribute("lang", "fi");
			assertThat(visit.heading()).hasText("Apua ja tekemistä perheille – yhdestä paikasta");
			assertThat(visit.page().getByText("Kysy neuvoa – ilman lähetettä")).isVisible();

			visit.click(AriaRole.LINK, "På svenska");
			assertThat(visit.page().locator("html")).hasAttribute("lang", "sv");
			assertThat(visit.heading()).hasText("Hjälp och verksamhet för familjer – på ett ställe");

			visit.click(AriaRole.LINK, "In English");
			assertThat(visit.page().locator("html")).hasAttribute("lang", "en");
			assertThat(visit.heading()).hasText("Help and activities for families – in one place");

			visit.open("/");
			assertThat(visit.page().locator("html")).hasAttribute("lang", "en");
		}
	}

	@Test
	void letsAKeyboardUserSkipStraightToTheContent() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/");
			visit.page().keyboard().press("Tab");
			assertThat(visit.page().locator(":focus")).hasText("Siirry sisältöön");
			visit.page().keyboard().press("Enter");
			assertThat(visit.page().locator(":focus")).hasAttribute("id", "main");
		}
	}

	@Test
	void fitsANarrowPhoneScreenWithoutSidewaysScrolling() {
		try (BrowserVisit visit = new BrowserVisit(port, 320, 640)) {
			visit.open("/");
			Object overflow = visit.page().evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
		}
	}
}
