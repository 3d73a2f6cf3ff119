package fi.yhdessa.citizen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.platform.PersonalIdentityCode;
import fi.yhdessa.testing.BrowserVisit;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import testidentityprovider.TestIdentityProvider;

/**
 * Residents' own accounts in a real browser, with strong identification at a real OpenID Connect
 * provider: a guardian without an account signs up, confirms the address from the e-mail, signs
 * in with it, identifies strongly and sees the family; a resident with an account identifies and
 * continues as that account; someone the population register does not know is not signed in.
 */
@PortalTest
class ResidentAccountBrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = PortalMail.server();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGuardianSignsUpConfirmsTheAddressIdentifiesStronglyAndSeesTheFamily() throws Exception {
		Map<String, Object> guardian = jdbc.sql("""
				select m.personal_identity_code, f.name from casework.member m join casework.family f on f.id = m.family_id
				where m.relation = 'GUARDIAN' and m.resident_id is not null
				  and not exists (select 1 from platform.account a where a.resident_id = m.resident_id)
				order by f.name limit 1
				""").query().singleRow();
		String email = "uusi.huoltaja@perhe.example";
		try (BrowserVisit resident = new BrowserVisit(port)) {
			Page page = resident.page();
			resident.open("/login").click(AriaRole.LINK, "Luo tili");
			page.getByLabel("Nimesi").fill("Uusi Huoltaja");
			page.getByLabel("Sähköpostiosoite").fill(email);
			page.getByLabel("Salasana", new Page.GetByLabelOptions().setExact(true)).fill("lyhyt");
			resident.click(AriaRole.BUTTON, "Luo tili");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Lomakkeessa on virheitä");
			assertThat(page.getByLabel("Nimesi")).hasValue("Uusi Huoltaja");
			assertThat(page.getByLabel("Sähköpostiosoite")).hasValue(email);

			page.getByLabel("Salasana", new Page.GetByLabelOptions().setExact(true)).fill("pitkä salasana 2026");
			page.getByLabel("Salasana uudelleen").fill("pitkä salasana 2026");
			resident.click(AriaRole.BUTTON, "Luo tili");
			assertThat(resident.heading()).hasText("Katso sähköpostisi");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);

			String link = PortalMail.link(smtp, email, "vahvista sähköpostiosoitteesi");
			resident.open(link);
			resident.click(AriaRole.BUTTON, "Vahvista ja avaa tilini");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sähköpostiosoitteesi on vahvistettu");
			resident.open(link);
			assertThat(resident.heading()).hasText("Linkki ei enää toimi");

			resident.signIn(email, "pitkä salasana 2026");
			resident.open("/my");
			assertThat(page.locator("main")).containsText("kun olet tunnistautunut vahvasti");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tunnistaudu vahvasti")).click();
			identifyAtTheProvider(resident, (String) guardian.get("personal_identity_code"));
			assertThat(resident.heading()).hasText("Oma perhe");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Perhe " + guardian.get("name")))).isVisible();
			assertThat(page.locator("main")).not().containsText("kun olet tunnistautunut vahvasti");
		}
		assertThat(jdbc.sql("select count(*) from platform.account where lower(email) = :email and resident_id is not null and identified_at is not null")
			.param("email", email)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aResidentWithAnAccountIdentifiesStronglyAndContinuesAsThatAccount() {
		String code = jdbc.sql("select r.personal_identity_code from population.resident r join platform.account a on a.resident_id = r.id where a.username = 'parent'")
			.query(String.class)
			.single();
		int accounts = jdbc.sql("select count(*) from platform.account").query(Integer.class).single();
		try (BrowserVisit resident = new BrowserVisit(port)) {
			resident.open("/my");
			resident.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tunnistaudu: Testitunnistus")).click();
			identifyAtTheProvider(resident, code);
			assertThat(resident.heading()).hasText("Oma perhe");
			assertThat(resident.page().locator("main")).containsText("Veera Vastuutyöntekijä");
		}
		assertThat(jdbc.sql("select count(*) from platform.account").query(Integer.class).single()).isEqualTo(accounts);
		assertThat(jdbc.sql("select identified_at is not null from platform.account where username = 'parent'").query(Boolean.class).single()).isTrue();
	}

	@Test
	void someoneThePopulationRegisterDoesNotKnowIsNotSignedIn() {
		String stranger = PersonalIdentityCode.synthetic(LocalDate.of(1961, 2, 3), 999).value();
		try (BrowserVisit visitor = new BrowserVisit(port)) {
			visitor.open("/login");
			visitor.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tunnistaudu: Testitunnistus")).click();
			identifyAtTheProvider(visitor, stranger);
			assertThat(visitor.page().getByRole(AriaRole.ALERT)).containsText("Tunnistautuminen ei onnistunut");
			visitor.open("/my");
			assertThat(visitor.heading()).hasText("Kirjaudu sisään");
		}
	}

	/** Signs in on the provider's own form, which sends the browser back to the platform. */
	private void identifyAtTheProvider(BrowserVisit visit, String identityCode) {
		Page page = visit.page();
		page.waitForURL(TestIdentityProvider.issuer() + "/login");
		page.locator("#username").fill(identityCode);
		page.locator("#password").fill(TestIdentityProvider.PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(url -> url.startsWith("http://localhost:" + port + "/") && !url.contains("/login/oauth2/"));
		page.waitForLoadState();
		visit.checked();
	}
}
