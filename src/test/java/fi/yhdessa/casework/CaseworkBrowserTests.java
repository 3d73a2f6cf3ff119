package fi.yhdessa.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.platform.PersonalIdentityCode;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.BrowserVisit;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Casework's journey in a real browser, from a routed contact to a warm hand-off; every page checked with axe-core. */
@CaseworkTest
class CaseworkBrowserTests {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Test
	void aRoutedContactBecomesAnAssessmentWithATeamByConsentAnAgreedPlanAndAHandOffThatBouncesBeforeItLands() {
		SignedInUser ngo = (SignedInUser) users.loadUserByUsername("ngo");
		SignedInUser worker2 = (SignedInUser) users.loadUserByUsername("worker2");
		try (BrowserVisit asker = new BrowserVisit(port); BrowserVisit guide = new BrowserVisit(port); BrowserVisit worker = new BrowserVisit(port);
				BrowserVisit partner = new BrowserVisit(port); BrowserVisit south = new BrowserVisit(port)) {
			asker.open("/contact");
			Page contact = asker.page();
			contact.getByLabel("Mihin tarvitset apua?").fill("Jaksamme huonosti, ja lapsen kanssa on vaikeaa. Tarvitsemme apua kotiin.");
			contact.getByLabel("Aihe", EXACT).selectOption("PARENTING");
			contact.getByLabel("Kunta", EXACT).selectOption("801");
			contact.getByLabel("Viesti", EXACT).check();
			asker.click(AriaRole.BUTTON, "Lähetä");
			String reference = contact.locator("h1").textContent().replace("Yhteydenotto", "").strip();

			guide.signIn("guide", "demo");
			guide.open("/frontdoor/contacts");
			guide.click(AriaRole.LINK, reference);
			guide.page().getByLabel("Vastaus yhteydenottajalle").fill("Ohjaamme teidät palvelutarpeen arviointiin; perhesosiaalityö ottaa yhteyttä.");
			guide.click(AriaRole.BUTTON, "Ohjaa arviointiin");
			assertThat(guide.page().getByRole(AriaRole.STATUS).first()).isVisible();

			worker.signIn("worker", "demo");
			worker.click(AriaRole.LINK, "Työlista");
			Page page = worker.page();
			for (int i = 0; i < 20 && page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avaa asiakkuus ohjauksesta " + reference)).count() == 0; i++) {
				page.waitForTimeout(250);
				page.reload();
			}
			worker.checked();
			worker.click(AriaRole.LINK, "Avaa asiakkuus ohjauksesta " + reference);
			assertThat(page.getByLabel("Viite (yhteydenotto, ilmoitus)")).hasValue(reference);
			page.getByLabel("Perheen nimi").fill("Selainperhe");
			page.getByLabel("Etunimet").first().fill("Sari");
			page.getByLabel("Sukunimi").first().fill("Selainperhe");
			page.getByLabel("Henkilötunnus").first().fill("010185-900X");
			page.getByLabel("Rooli perheessä").first().selectOption("GUARDIAN");
			page.getByLabel("Etunimet").nth(1).fill("Siiri");
			page.getByLabel("Sukunimi").nth(1).fill("Selainperhe");
			page.getByLabel("Henkilötunnus").nth(1).fill(PersonalIdentityCode.synthetic(LocalDate.of(2020, 3, 4), 955).value());
			page.getByLabel("Rooli perheessä").nth(1).selectOption("CHILD");
			worker.click(AriaRole.BUTTON, "Avaa asiakkuus");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tarkista henkilötunnus");
			assertThat(page.getByLabel("Etunimet").nth(1)).hasValue("Siiri");
			page.getByLabel("Henkilötunnus").first().fill(PersonalIdentityCode.synthetic(LocalDate.of(1985, 1, 1), 954).value());
			worker.click(AriaRole.BUTTON, "Avaa asiakkuus");
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Asiakkuus avattiin. Olet vastuutyöntekijä.");
			assertThat(page.locator("h1")).containsText("Selainperhe");
			String caseUrl = page.url().replaceAll("\\?.*", "");
			assertThat(page.locator("#summary")).containsText("Yhteenveto");

			worker.click(AriaRole.LINK, "Perhe ja henkilötunnukset");
			assertThat(page.locator("#family")).containsText("010185-••••");
			worker.checked();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Näytä henkilön Sari Selainperhe koko henkilötunnus")).click();
			assertThat(page.locator("#family")).containsText(PersonalIdentityCode.synthetic(LocalDate.of(1985, 1, 1), 954).value());

			worker.click(AriaRole.LINK, "Palvelutarpeen arviointi");
			assertThat(page.locator("#assessment-heading")).isFocused();
			page.getByLabel("Lapsi tarvitsee erityistä tukea").check();
			page.getByLabel("Osallistuvat palvelut (yksi riviä kohden)").last().fill("perhesosiaalityö\nneuvola");
			worker.click(AriaRole.BUTTON, "Aloita palvelutarpeen arviointi");
			assertThat(page.locator("#summary-due")).containsText("Palvelutarpeen arviointi aloitettava");
			worker.click(AriaRole.LINK, "Palvelutarpeen arviointi");
			assertThat(page.locator("#assessment")).containsText("Aloitettava viimeistään");

			worker.click(AriaRole.LINK, "Tiimi");
			page.getByLabel("Ammattilainen", EXACT).selectOption(ngo.id().value().toString());
			page.getByLabel("Rooli tiimissä", EXACT).fill("vertaistuki");
			worker.click(AriaRole.BUTTON, "Lisää tiimiin");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Perhe ei ole antanut suostumusta");
			assertThat(page.getByLabel("Rooli tiimissä", EXACT)).hasValue("vertaistuki");
			worker.click(AriaRole.LINK, "Suostumukset");
			page.getByLabel("Kuka perheestä").selectOption("Sari Selainperhe");
			page.getByLabel("Organisaatio", EXACT).selectOption(ngo.organisationId().toString());
			worker.click(AriaRole.BUTTON, "Kirjaa suostumus tai kielto");
			worker.click(AriaRole.LINK, "Tiimi");
			page.getByLabel("Ammattilainen", EXACT).selectOption(ngo.id().value().toString());
			page.getByLabel("Rooli tiimissä", EXACT).fill("vertaistuki");
			worker.click(AriaRole.BUTTON, "Lisää tiimiin");
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Ammattilainen lisättiin tiimiin.");
			assertThat(page.locator("#summary-team")).containsText("Niko Järjestö");

			worker.click(AriaRole.LINK, "Suunnitelma");
			page.getByLabel("Tavoitteet perheen omin sanoin (yksi riviä kohden)").fill("Jaksamme taas arjessa\nSiiri nukkuu yönsä");
			page.getByLabel("Palvelu", EXACT).first().fill("perhetyö");
			page.getByLabel("Kuka", EXACT).first().fill("perhetyöntekijä");
			page.getByLabel("Mihin mennessä", EXACT).first().fill(LocalDate.now(ZoneId.of("Europe/Helsinki")).plusMonths(2).toString());
			page.getByLabel("Arviointipäivä").fill(LocalDate.now(ZoneId.of("Europe/Helsinki")).plusMonths(3).toString());
			worker.click(AriaRole.BUTTON, "Tallenna suunnitelma");
			assertThat(page.locator("#summary-goals")).containsText("Siiri nukkuu yönsä");
			worker.click(AriaRole.LINK, "Suunnitelma");
			page.getByLabel("Miten hyväksyntä annettiin").fill("Sovittu yhdessä kotikäynnillä.");
			worker.click(AriaRole.BUTTON, "Kirjaa perheen hyväksyntä");
			worker.click(AriaRole.LINK, "Suunnitelma");
			assertThat(page.locator("#agreement")).containsText("Perhe hyväksyi");

			worker.click(AriaRole.LINK, "Siirrot");
			page.getByLabel("Vastaanottaja", EXACT).selectOption("organisation:" + ngo.organisationId());
			page.getByLabel("Tausta vastaanottajalle").fill("Perhe toivoo vertaistukea vauvaperheiden ryhmästä.");
			worker.click(AriaRole.BUTTON, "Ehdota siirtoa");
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Pysyt vastuussa");

			partner.signIn("ngo", "demo");
			partner.click(AriaRole.LINK, "Työlista");
			String caseReference = page.locator("h1").textContent().replaceAll(".*(AS-\\d{4}-\\d{6}).*", "$1");
			partner.click(AriaRole.LINK, caseReference);
			assertThat(partner.page().locator("main")).containsText("vauvaperheiden ryhmästä");
			partner.click(AriaRole.BUTTON, "En voi ottaa vastaan");
			assertThat(partner.page().getByRole(AriaRole.ALERT)).containsText("Kerro syy");
			partner.page().getByLabel("Syy, jos et voi ottaa vastaan").fill("Ryhmä on täynnä keväälle.");
			partner.click(AriaRole.BUTTON, "En voi ottaa vastaan");
			assertThat(partner.page().getByRole(AriaRole.STATUS).first()).hasText("Siirto palautettiin lähettäjälle.");

			worker.open("/casework");
			assertThat(page.locator("main")).containsText("Siirto palautui sinulle");
			worker.open(caseUrl.replace("http://localhost:" + port, ""));
			assertThat(page.locator("#bounces")).hasText("1 (ei otettu vastaan 1, vanhentunut 0, ohjattu uudelleen 0)");
			worker.click(AriaRole.LINK, "Siirrot");
			assertThat(page.locator("#handoff")).containsText("Ryhmä on täynnä keväälle.");
			page.getByLabel("Vastaanottaja", EXACT).selectOption("unit:" + worker2.unitId());
			page.getByLabel("Tausta vastaanottajalle").fill("Perhe muuttaa eteläiselle alueelle; jatketaan siellä.");
			page.getByLabel("Oikeusperuste (oma organisaatio)").last().fill("Sosiaalihuoltolaki 1301/2014 41 §");
			page.getByLabel("Korvaa palautuneen siirron").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
			worker.click(AriaRole.BUTTON, "Ehdota siirtoa");
			assertThat(page.locator("#bounces")).hasText("2 (ei otettu vastaan 1, vanhentunut 0, ohjattu uudelleen 1)");

			south.signIn("worker2", "demo");
			south.click(AriaRole.LINK, "Työlista");
			south.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseReference).setExact(true)).first().click();
			south.checked();
			south.click(AriaRole.BUTTON, "Hyväksy");
			assertThat(south.page().getByRole(AriaRole.STATUS).first()).hasText("Hyväksyit siirron ja olet perheen tiimissä.");
			assertThat(south.page().locator("#summary-team")).containsText("Ville Vastuutyöntekijä");
			south.click(AriaRole.LINK, "Siirrot");
			assertThat(south.page().locator("#handoff")).containsText("Hyväksytty");
		}
	}
}
