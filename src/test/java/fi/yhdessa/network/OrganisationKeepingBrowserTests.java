package fi.yhdessa.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.yhdessa.testing.BrowserVisit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator keeps the network's organisations and units in Chromium, axe-checked. A database of its
 * own: the organisation it adds stays, and the demo region's other tests count the demo's organisations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yhdessa.db.name=yhdessa_organisations")
class OrganisationKeepingBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void administratorAddsAnOrganisationWithAUnitAndRetiresTheUnitWhenItCloses() {
		try (BrowserVisit admin = new BrowserVisit(port)) {
			admin.signIn("admin", "demo");
			admin.open("/network/organisations");
			admin.click(AriaRole.LINK, "Uusi organisaatio");
			Page form = admin.page();
			form.getByLabel("Organisaation tyyppi").selectOption("NGO");
			form.getByLabel("Suomeksi").fill("Järvilaakson isät ry");
			form.getByLabel("Y-tunnus").fill("1234567-2");
			admin.click(AriaRole.BUTTON, "Lisää organisaatio");
			assertThat(form.getByRole(AriaRole.ALERT).first()).containsText("Korjaa merkityt kohdat");
			assertThat(form.getByLabel("Y-tunnus")).hasAttribute("aria-invalid", "true");
			assertThat(form.getByLabel("Suomeksi")).hasValue("Järvilaakson isät ry");
			form.getByLabel("Y-tunnus").fill("1234567-1");
			admin.click(AriaRole.BUTTON, "Lisää organisaatio");
			assertThat(admin.heading()).hasText("Järvilaakson isät ry");

			form.getByLabel("Suomeksi").fill("Isien ilta");
			form.getByLabel("Mitä yksikkö tekee").selectOption("NGO_FAMILY_ACTIVITIES");
			form.getByLabel("Kunta").selectOption(new SelectOption().setIndex(1));
			admin.click(AriaRole.BUTTON, "Lisää yksikkö");
			assertThat(form.getByRole(AriaRole.STATUS)).containsText("Yksikkö on lisätty");
			admin.click(AriaRole.LINK, "Isien ilta");
			admin.click(AriaRole.BUTTON, "Lakkauta yksikkö");
			assertThat(form.getByRole(AriaRole.STATUS)).containsText("Yksikkö on lakkautettu");
			assertThat(form.locator("main table")).containsText("Lakkautettu");
		}
	}
}
