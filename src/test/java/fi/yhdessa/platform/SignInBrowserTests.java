package fi.yhdessa.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.testing.BrowserVisit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void workerSignsInLandsOnTheWorklistFindsTheStaffHomeAndSignsOut() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/");
			visit.click(AriaRole.LINK, "Kirjaudu");
			visit.signIn("worker", "demo");
			assertThat(visit.heading()).hasText("Oma työlista");
			visit.open("/");
			assertThat(visit.page().locator("#own-work")).containsText("Jatka: Työlista");
			visit.open("/home");
			assertThat(visit.heading()).hasText("Hei, Veera Vastuutyöntekijä");
			assertThat(visit.page().getByRole(AriaRole.NAVIGATION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Työtilan valikko")))
				.containsText("Organisaatiot");
			assertThat(visit.page().getByText("Perhesosiaalityö, pohjoinen alue")).isVisible();

			visit.click(AriaRole.LINK, "Organisaatiot");
			assertThat(visit.heading()).hasText("Alueen organisaatiot");

			visit.click(AriaRole.BUTTON, "Kirjaudu ulos");
			assertThat(visit.page().getByRole(AriaRole.STATUS)).hasText("Olet kirjautunut ulos.");
			visit.open("/home");
			assertThat(visit.heading()).hasText("Kirjaudu sisään");
		}
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0} lands on {1}, at 320 px")
	@org.junit.jupiter.params.provider.CsvSource({ "worker, /casework", "supervisor, /casework?team=true", "guide, /frontdoor/contacts",
			"intake, /frontdoor/notifications", "nurse, /frontdoor/mine", "parent, /my", "analyst, /insight", "coordinator, /network",
			"editor, /directory/edit", "auditor, /access-log", "admin, /admin/accounts" })
	void eachRoleLandsOnItsHomeAfterSigningInOnASmallScreen(String username, String home) {
		try (BrowserVisit phone = new BrowserVisit(port, 320, 640)) {
			phone.signIn(username, "demo");
			org.assertj.core.api.Assertions.assertThat(phone.page().url()).endsWith(home);
			assertThat(phone.heading()).isVisible();
		}
	}

	@Test
	void keepsTheUsernameAndSaysWhatWentWrongWhenThePasswordIsWrong() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.open("/login?lang=en");
			visit.signIn("worker2", "not the password");
			assertThat(visit.page().getByRole(AriaRole.ALERT)).hasText("The username or password is wrong.");
			assertThat(visit.page().getByLabel("Username")).hasValue("worker2");
		}
	}

	@Test
	void refusesParentAStaffPageWithTheLocalizedForbiddenPage() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.signIn("parent", "demo");
			visit.open("/home");
			assertThat(visit.heading()).hasText("Ei käyttöoikeutta");
			visit.click(AriaRole.LINK, "På svenska");
			assertThat(visit.heading()).hasText("Ingen behörighet");
			visit.click(AriaRole.LINK, "In English");
			assertThat(visit.heading()).hasText("Access denied");
		}
	}

	@Test
	void onASmallScreenTheMenusFoldBehindOneButtonSoThatThePageStartsOnTheFirstScreen() {
		try (BrowserVisit phone = new BrowserVisit(port, 320, 640)) {
			phone.signIn("worker", "demo");
			com.microsoft.playwright.Page page = phone.page();
			assertThat(page.locator("#staff-menu")).isHidden();
			assertThat(page.locator("#site-menu")).isHidden();
			org.assertj.core.api.Assertions.assertThat(page.locator("main h1").boundingBox().y).as("the heading's top, px").isLessThan(320);
			phone.click(AriaRole.BUTTON, "Valikko");
			assertThat(page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Valikko"))).hasAttribute("aria-expanded", "true");
			assertThat(page.locator("#staff-menu")).isVisible();
			phone.click(AriaRole.LINK, "Organisaatiot");
			assertThat(phone.heading()).hasText("Alueen organisaatiot");
		}
		try (BrowserVisit desktop = new BrowserVisit(port)) {
			desktop.signIn("worker", "demo");
			assertThat(desktop.page().locator("#staff-menu")).isVisible();
			assertThat(desktop.page().locator(".menu-toggle")).isHidden();
		}
	}
}
