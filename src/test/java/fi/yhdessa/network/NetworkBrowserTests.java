package fi.yhdessa.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.yhdessa.testing.BrowserVisit;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The network in a real browser on the demo region: the coordinator drafts an agreement for the
 * municipality that has none, signs it and puts it in force; a resident signs up for a coming
 * workshop with an e-mail address, confirms it from the mailed link and makes a proposal; the
 * coordinator decides it and the public "you said, we did" page shows the decision. Every page is
 * checked with axe-core, on a desktop and on a 320-pixel screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkBrowserTests {

	private static final Pattern LINK = Pattern.compile("(/workshops/participation/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorDraftsSignsAndPutsAnAgreementInForce() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			Page page = visit.page();
			visit.signIn("coordinator", "demo").open("/network/agreements");
			assertThat(page.locator("#overview tr", new Page.LocatorOptions().setHasText("Vuorela"))).containsText("Ei voimassa olevaa sopimusta");
			page.getByLabel("Sopimuksen nimi").fill("Vuorelan perhekeskussopimus");
			page.getByLabel("Kunta", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Vuorela"));
			visit.click(AriaRole.BUTTON, "Luo luonnos");
			assertThat(visit.heading()).hasText("Vuorelan perhekeskussopimus");
			assertThat(page.locator("#state")).hasText("Luonnos");

			page.getByLabel("Alkaa").fill(LocalDate.now().minusDays(1).toString());
			page.getByLabel("Päättyy").fill(LocalDate.now().plusYears(3).toString());
			page.getByLabel("Järvilaakson hyvinvointialue").check();
			page.getByLabel("Vuorelan kunta").check();
			page.getByLabel("Sitoumus 1: osapuoli").selectOption(new SelectOption().setLabel("Vuorelan kunta"));
			page.getByLabel("Sitoumus 1: laji").selectOption("FUNDING");
			page.getByLabel("Sitoumus 1: kuvaus").fill("Kunnan osuus perhekeskuksesta");
			page.getByLabel("Sitoumus 1: summa euroina").fill("18 000");
			visit.click(AriaRole.BUTTON, "Tallenna sopimus");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sopimus tallennettiin.");

			visit.click(AriaRole.BUTTON, "Merkitse neuvotelluksi");
			visit.click(AriaRole.BUTTON, "Merkitse allekirjoitetuksi");
			visit.click(AriaRole.BUTTON, "Merkitse voimaan tulleeksi");
			assertThat(page.locator("#state")).hasText("Voimassa");
			assertThat(page.locator("#versions tbody tr")).hasCount(5);
			assertThat(page.locator("#versions tbody tr").first()).containsText("Tila: Allekirjoitettu → Voimassa");

			visit.open("/network/agreements");
			assertThat(page.locator("#overview tr", new Page.LocatorOptions().setHasText("Vuorela"))).containsText("Voimassa");
		}
		try (BrowserVisit phone = new BrowserVisit(port, 320, 640)) {
			phone.signIn("coordinator", "demo").open("/network/agreements");
			UUID id = jdbc.sql("select id from network.agreement where title = 'Vuorelan perhekeskussopimus'").query(UUID.class).single();
			phone.open("/network/agreements/" + id).open("/network").open("/network/groups").open("/network/workshops").open("/network/people");
		}
	}

	@Test
	void aResidentsProposalIsDecidedAndShownOnYouSaidWeDid() {
		UUID workshop = jdbc.sql("select id from network.workshop where title = 'Vauvaperheiden arki'").query(UUID.class).single();
		String email = "selaintesti." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		try (BrowserVisit resident = new BrowserVisit(port, 320, 640)) {
			Page page = resident.page();
			resident.open("/workshops");
			resident.click(AriaRole.LINK, "Vauvaperheiden arki");
			page.getByLabel("Nimi, jolla sinua puhutellaan").fill("Selma");
			page.getByLabel("Sähköposti", new Page.GetByLabelOptions().setExact(true)).fill(email);
			page.getByLabel("Minulle saa kertoa myöhemmistä työpajoista sähköpostilla").check();
			resident.click(AriaRole.BUTTON, "Ilmoittaudu");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lähetimme sähköpostiisi linkin");

			String body = jdbc.sql("select body from platform.mail_outbox where recipient = ?").param(email).query(String.class).single();
			Matcher link = LINK.matcher(body);
			assertThat(link.find()).isTrue();
			resident.open(link.group(1));
			resident.click(AriaRole.BUTTON, "Vahvista ilmoittautuminen");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ilmoittautumisesi on vahvistettu.");
			page.getByLabel("Teema", new Page.GetByLabelOptions().setExact(true)).fill("Unikoulu");
			page.getByLabel("Ehdotus", new Page.GetByLabelOptions().setExact(true)).fill("Neuvolaan unikoulu vauvaperheille iltaisin.");
			resident.click(AriaRole.BUTTON, "Lähetä ehdotus");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ehdotuksesi lähetettiin. Kiitos!");
		}
		try (BrowserVisit coordinator = new BrowserVisit(port)) {
			Page page = coordinator.page();
			coordinator.signIn("coordinator", "demo").open("/network/workshops/" + workshop);
			assertThat(page.locator("#participants")).containsText(email);
			Locator proposal = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Unikoulu").setExact(true));
			proposal.getByLabel("Hyväksytty").check();
			proposal.getByLabel("Perustelu").fill("Unikoulu aloitetaan neuvolassa keväällä.");
			coordinator.click(AriaRole.BUTTON, "Tallenna päätös ehdotuksesta: Unikoulu");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Päätös tallennettiin");
		}
		assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = ? and subject = 'Ehdotuksesta on päätetty'").param(email)
			.query(Integer.class).single()).isEqualTo(1);
		for (int width : new int[] { 1280, 320 }) {
			try (BrowserVisit anyone = new BrowserVisit(port, width, 800)) {
				Page page = anyone.page();
				anyone.open("/you-said-we-did?municipality=801");
				Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Neuvolaan unikoulu vauvaperheille iltaisin."));
				assertThat(row).containsText("Hyväksytty");
				assertThat(row).containsText("Unikoulu aloitetaan neuvolassa keväällä.");
				assertThat(page.locator("main")).not().containsText(email);
				anyone.open("/family-centres").open("/family-centres/801").open("/workshops/" + workshop);
				assertThat(page.locator("main")).not().containsText("Selma");
			}
		}
	}
}
