package fi.yhdessa.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fi.yhdessa.platform.WorkingDays;
import fi.yhdessa.testing.BrowserVisit;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front door's journeys in a real browser, every page checked with axe-core. */
@FrontDoorTest
class FrontDoorBrowserTests {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@RegisterExtension
	static final GreenMailExtension smtp = FrontDoorMail.server();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Contacts contacts;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void anAnonymousQuestionIsAnsweredAndReadThroughItsPrivateLink() {
		try (BrowserVisit asker = new BrowserVisit(port); BrowserVisit guide = new BrowserVisit(port)) {
			asker.open("/contact");
			Page page = asker.page();
			page.getByLabel("Mihin tarvitset apua?").fill("Miten saan kolmevuotiaan nukkumaan omassa sängyssään?");
			asker.click(AriaRole.BUTTON, "Lähetä");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Lomakkeessa on virheitä");
			assertThat(page.getByLabel("Mihin tarvitset apua?")).hasValue("Miten saan kolmevuotiaan nukkumaan omassa sängyssään?");
			page.getByLabel("Aihe", EXACT).selectOption("PARENTING");
			page.getByLabel("Lapsen ikä (vuotta)").fill("3");
			page.getByLabel("Kunta", EXACT).selectOption("801");
			page.getByLabel("Viesti", EXACT).check();
			asker.click(AriaRole.BUTTON, "Lähetä");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Viitenumero on YH-");
			String link = page.locator("a.private-link").textContent().strip();
			String reference = page.locator("h1").textContent().replace("Yhteydenotto", "").strip();
			assertThat(page.locator("main")).containsText("Perhekeskuksen ohjaus ja neuvonta vastaa viimeistään");

			guide.signIn("guide", "demo");
			guide.click(AriaRole.LINK, "Ohjauksen jono");
			assertThat(guide.heading()).hasText("Ohjauksen ja neuvonnan jono");
			guide.open("/frontdoor/contacts/" + contactId(reference));
			guide.page().getByLabel("Kiireellisyys").selectOption("NORMAL");
			guide.click(AriaRole.BUTTON, "Tallenna arvio");
			assertThat(guide.page().getByRole(AriaRole.STATUS)).hasText("Arvio on tallennettu.");
			guide.page().getByLabel("Vastaus yhteydenottajalle").fill("Kokeilkaa iltarutiinia: sama järjestys joka ilta. Tervetuloa myös perhekerhoon.");
			guide.click(AriaRole.BUTTON, "Lähetä vastaus");
			assertThat(guide.page().getByRole(AriaRole.STATUS)).hasText("Vastaus on lähetetty ja yhteydenotto on käsitelty.");

			page.navigate(link);
			asker.checked();
			assertThat(page.locator("main")).containsText("Kokeilkaa iltarutiinia");
			assertThat(page.locator("main")).containsText("Vastattu");
		}
	}

	@Test
	void aResidentsContactIsTriagedAndRoutedToARemoteAppointmentThatIsThenBooked() throws Exception {
		LocalDate day = workingDays.afterWorkingDays(LocalDate.now(ZoneId.of("Europe/Helsinki")), 4);
		try (BrowserVisit resident = new BrowserVisit(port); BrowserVisit guide = new BrowserVisit(port)) {
			guide.signIn("guide", "demo");
			guide.click(AriaRole.LINK, "Päivän ajat");
			guide.page().getByLabel("Päivä", EXACT).fill(day.toString());
			guide.page().getByLabel("Ensimmäinen alkaa").fill("19:15");
			guide.page().getByLabel("Peräkkäisiä aikoja").fill("1");
			guide.page().getByLabel("Tapaamisen muoto").selectOption("VIDEO");
			guide.click(AriaRole.BUTTON, "Julkaise");
			assertThat(guide.page().getByRole(AriaRole.STATUS)).hasText("Julkaistu 1 aikaa.");

			resident.signIn("parent", "demo");
			resident.click(AriaRole.LINK, "Ota yhteyttä");
			Page page = resident.page();
			page.getByLabel("Mihin tarvitset apua?").fill("Riitelemme paljon, ja lapset kuulevat sen. Haluaisimme jutella jonkun kanssa.");
			page.getByLabel("Aihe", EXACT).selectOption("RELATIONSHIPS");
			page.getByLabel("Kunta", EXACT).selectOption("801");
			page.getByLabel("Etätapaaminen", EXACT).check();
			page.getByLabel("Sähköposti", EXACT).fill("vanhempi@example.fi");
			resident.click(AriaRole.BUTTON, "Lähetä");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Yhteydenottosi on vastaanotettu");
			String reference = page.locator("h1").textContent().replace("Yhteydenotto", "").strip();
			String contactPage = page.url();

			guide.open("/frontdoor/contacts/" + contactId(reference));
			guide.page().getByLabel("Kiireellisyys").selectOption("SOON");
			guide.click(AriaRole.BUTTON, "Tallenna arvio");
			guide.page().getByLabel("Vastaus yhteydenottajalle").fill("Tarjoamme perheneuvojan etätapaamista. Valitse sopiva aika.");
			chooseUnit(guide.page().getByLabel("Yksikkö", EXACT), "Perhekeskuksen ohjaus ja neuvonta");
			guide.page().getByLabel("Tapaamisen muoto").selectOption("VIDEO");
			guide.click(AriaRole.BUTTON, "Ohjaa ajanvaraukseen");
			assertThat(guide.page().getByRole(AriaRole.STATUS)).hasText("Yhteydenotto on ohjattu ajanvaraukseen. Yhteydenottaja voi nyt varata ajan.");

			page.navigate(contactPage);
			resident.checked();
			assertThat(page.locator("main")).containsText("Tarjoamme perheneuvojan etätapaamista.");
			resident.click(AriaRole.LINK, "Varaa aika");
			page.getByLabel(Pattern.compile(day.getDayOfMonth() + "\\." + day.getMonthValue() + "\\. 19:15")).check();
			resident.click(AriaRole.BUTTON, "Varaa");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Aika on varattu. Vahvistus lähtee sähköpostiisi.");
			String meetingLink = page.locator("main a[href^='https://video.']").first().getAttribute("href");
			assertThat(meetingLink).startsWith("https://video.jarvilaakso.example/room/");

			String body = mailTo("vanhempi@example.fi", "Aikasi on varattu");
			assertThat(body).contains(meetingLink).contains("Etätapaaminen videolla");

			guide.open("/frontdoor/calendar?day=" + day);
			assertThat(guide.page().locator("table")).containsText("Etätapaaminen videolla");
			assertThat(guide.page().locator("table a[href='" + meetingLink + "']")).hasCount(1);
		}
	}

	@Test
	void aDaycareTeachersGreyZoneConcernWithConsentBecomesAnInvitationInFamilyWorksQueue() {
		try (BrowserVisit teacher = new BrowserVisit(port); BrowserVisit worker = new BrowserVisit(port)) {
			teacher.signIn("teacher", "demo");
			teacher.click(AriaRole.LINK, "Huolikeskustelu");
			Page page = teacher.page();
			page.getByLabel("Lapsen nimi").fill("Saana Esimerkki");
			page.getByLabel("Lapsen syntymävuosi").fill(String.valueOf(LocalDate.now().getYear() - 5));
			page.getByLabel("Harmaa vyöhyke: huoli kasvaa").check();
			page.getByLabel("Mistä puhuttiin perheen kanssa").fill("Saana on ollut väsynyt ja itkuinen aamuisin. Äiti kertoi vuorotyön kuormittavan.");
			page.getByLabel("Mitä sovittiin").fill("Perhe haluaa tavata perhetyöntekijän. Seurataan aamuja kuukauden ajan.");
			page.getByText("Lapset puheeksi -keskustelu (vapaaehtoinen)").click();
			page.getByLabel("Mikä lapsen arjessa sujuu ja kantaa").fill("Leikit kavereiden kanssa, mummin tuki.");
			chooseUnit(page.getByLabel("Yksikkö, jonka perhe suostui kutsumaan"), "Perhesosiaalityö, pohjoinen alue");
			teacher.click(AriaRole.BUTTON, "Tallenna");
			assertThat(page.locator("#familyConsent-error")).hasText("Kutsu tarvitsee perheen suostumuksen. Kirjaa suostumus tai jätä kutsu pois.");
			assertThat(page.getByLabel("Mitä sovittiin")).hasValue("Perhe haluaa tavata perhetyöntekijän. Seurataan aamuja kuukauden ajan.");
			page.getByLabel("Perhe suostui siihen, että tämä yksikkö kutsutaan ja saa tämän kirjauksen.").check();
			teacher.click(AriaRole.BUTTON, "Tallenna");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Huolikeskustelu on kirjattu, ja kutsu on kutsutun yksikön jonossa.");
			String concernPath = page.url().replaceFirst("^https?://[^/]+", "");

			worker.signIn("worker", "demo");
			worker.click(AriaRole.LINK, "Kutsut yksikölle");
			assertThat(worker.page().locator("a[href='" + concernPath + "']")).hasCount(1);
			assertThat(worker.page().locator("tr", new Page.LocatorOptions().setHas(worker.page().locator("a[href='" + concernPath + "']"))))
				.containsText("Saana Esimerkki (s. " + (LocalDate.now().getYear() - 5) + ")");
			org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from consent.access_log where actor = 'worker' and record_id = ? and basis = ?")
				.param(concernPath.substring(concernPath.lastIndexOf('/') + 1)).param(Concerns.INVITATION_LIST).query(Long.class).single())
				.as("the list's read of whose concern it is, logged").isOne();
			worker.open(concernPath);
			assertThat(worker.page().locator("main")).containsText("Harmaa vyöhyke: huoli kasvaa");
			assertThat(worker.page().locator("main")).containsText("Leikit kavereiden kanssa, mummin tuki.");
			worker.click(AriaRole.BUTTON, "Ota kutsu vastaan");
			assertThat(worker.page().getByRole(AriaRole.STATUS)).hasText("Kutsun tila on päivitetty.");
			assertThat(worker.page().locator("main")).containsText("Otettu vastaan");

			// A notification comes only by the teacher's explicit act, with the family told.
			teacher.open(concernPath);
			page.getByText("Tee lastensuojeluilmoitus tästä huolesta").click();
			page.getByLabel("Kunta", EXACT).selectOption("801");
			page.getByLabel("Mistä olet huolissasi").fill("Väsymys ja itkuisuus ovat jatkuneet kuukauden, eikä tapaamista perhetyöhön ole saatu.");
			teacher.click(AriaRole.BUTTON, "Tee ilmoitus");
			assertThat(page.locator("#familyTold-error")).hasText("Kerro perheelle ilmoituksesta ja vahvista se tässä.");
			page.getByLabel("Olen kertonut perheelle, että teen lastensuojeluilmoituksen.").check();
			teacher.click(AriaRole.BUTTON, "Tee ilmoitus");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Lastensuojeluilmoitus LS-");
		}
	}

	@Test
	void aNotificationIsDecidedWithinItsClock() {
		try (BrowserVisit reporter = new BrowserVisit(port); BrowserVisit intake = new BrowserVisit(port)) {
			reporter.open("/child-welfare-notification");
			Page page = reporter.page();
			page.getByLabel("Lapsen nimi").fill("Eero Esimerkki");
			page.getByLabel("Lapsen syntymävuosi").fill(String.valueOf(LocalDate.now().getYear() - 9));
			page.getByLabel("Kunta", EXACT).selectOption("801");
			page.getByLabel("Mistä olet huolissasi").fill("Naapurin lapsi on ollut usein myöhään illalla yksin pihalla.");
			reporter.click(AriaRole.BUTTON, "Lähetä ilmoitus");
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ilmoituksen viite on LS-");
			LocalDate due = workingDays.afterWorkingDays(LocalDate.now(ZoneId.of("Europe/Helsinki")), 7);
			assertThat(page.locator("main")).containsText(due.getDayOfMonth() + "." + due.getMonthValue() + "." + due.getYear());
			String reference = page.getByRole(AriaRole.STATUS).textContent().replaceAll(".*(LS-[0-9-]+).*", "$1");

			intake.signIn("intake", "demo");
			intake.click(AriaRole.LINK, "Lastensuojeluilmoitukset");
			assertThat(intake.heading()).hasText("Lastensuojeluilmoitukset");
			UUID id = jdbc.sql("select id from frontdoor.notification where reference = ?").param(reference).query(UUID.class).single();
			intake.open("/frontdoor/notifications/" + id);
			assertThat(intake.page().locator("main")).containsText("Arvioi ensin kiireellisyys.");
			intake.page().getByLabel("Kiireellisyys", EXACT).selectOption("URGENT");
			intake.click(AriaRole.BUTTON, "Tallenna arvio");
			assertThat(intake.page().getByRole(AriaRole.STATUS)).hasText("Kiireellisyyden arvio on kirjattu.");
			intake.click(AriaRole.BUTTON, "Kirjaa päätös");
			assertThat(intake.page().locator("#decision-error")).hasText("Valitse päätös.");
			intake.page().getByLabel("Palvelutarpeen arviointi aloitetaan").check();
			intake.page().getByLabel("Perustelut").fill("Lapsi on toistuvasti ilman valvontaa iltaisin; tilanne on selvitettävä.");
			intake.page().getByLabel("Lapselle ilmoitettu").fill(LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
			intake.page().getByLabel("Huoltajille ilmoitettu").fill(LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
			intake.click(AriaRole.BUTTON, "Kirjaa päätös");
			assertThat(intake.page().getByRole(AriaRole.STATUS)).hasText("Päätös on kirjattu.");
			assertThat(intake.page().locator("main")).containsText("Palvelutarpeen arviointi aloitetaan");
		}
		assertThat(jdbc.sql("select decided_at::date <= decision_due from frontdoor.notification where child_name = 'Eero Esimerkki'").query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void theOtherFrontDoorPagesPassAxeWithTheDemoData() {
		try (BrowserVisit resident = new BrowserVisit(port); BrowserVisit staff = new BrowserVisit(port, 320, 640)) {
			resident.signIn("parent", "demo");
			resident.click(AriaRole.LINK, "Yhteydenottoni");
			resident.click(AriaRole.LINK, "Ajanvaraukseni");
			resident.page().locator("main ul:not(.cards) a").first().click();
			resident.page().waitForLoadState();
			resident.checked();
			resident.click(AriaRole.BUTTON, "Varaa");
			assertThat(resident.page().locator("#slot-error")).hasText("Valitse aika.");
			resident.checked();

			staff.signIn("guide", "demo");
			staff.open("/frontdoor/contacts?done=true");
			staff.open("/frontdoor/mine");
			staff.open("/contact");
			assertThat(staff.heading()).hasText("Yhteydenotto perheen puolesta");
			staff.open("/frontdoor/calendar");
			staff.page().getByLabel("Ensimmäinen alkaa").fill("");
			staff.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Julkaise").setExact(true)).click();
			staff.page().waitForLoadState();
			staff.checked();
			assertThat(staff.page().locator("#start-error")).hasText("Tämä tieto tarvitaan.");
		}
		try (BrowserVisit intake = new BrowserVisit(port)) {
			intake.signIn("intake", "demo");
			intake.open("/frontdoor/notifications?done=true");
			intake.page().locator("tbody a").first().click();
			intake.page().waitForLoadState();
			intake.checked();
		}
	}

	@Test
	void aResidentTellsHowAnAnsweredContactWentAndTheUnitCountsItWithoutKnowingWho() {
		try (BrowserVisit resident = new BrowserVisit(port); BrowserVisit guide = new BrowserVisit(port)) {
			resident.signIn("parent", "demo");
			resident.click(AriaRole.LINK, "Ota yhteyttä");
			Page page = resident.page();
			page.getByLabel("Mihin tarvitset apua?").fill("Lapsi pelkää pimeää. Miten voisimme auttaa häntä nukahtamaan?");
			page.getByLabel("Aihe", EXACT).selectOption("CHILD_DEVELOPMENT");
			page.getByLabel("Kunta", EXACT).selectOption("801");
			page.getByLabel("Viesti", EXACT).check();
			page.getByLabel("Sähköposti", EXACT).fill("vanhempi@example.fi");
			resident.click(AriaRole.BUTTON, "Lähetä");
			String reference = page.locator("h1").textContent().replace("Yhteydenotto", "").strip();
			UUID contact = contactId(reference);
			assertThat(contacts.answer((fi.yhdessa.platform.SignedInUser) users.loadUserByUsername("guide"), contact, "Iltavalo ja yhteinen iltasatu auttavat."))
				.isTrue();

			resident.click(AriaRole.LINK, "Oma perhe");
			page.locator("a[href$='/my/feedback/" + contact + "']").click();
			page.waitForLoadState();
			resident.checked();
			assertThat(resident.heading()).hasText("Kerro, miten meni");
			page.getByLabel("Vapaa kommentti (ei pakollinen)").fill("Vastaus tuli nopeasti.");
			resident.click(AriaRole.BUTTON, "Lähetä palaute");
			assertThat(page.locator("#welcome-error")).hasText("Valitse vastaus.");
			assertThat(page.getByLabel("Vapaa kommentti (ei pakollinen)")).hasValue("Vastaus tuli nopeasti.");
			for (String question : new String[] { "Oliko helppo tulla?", "Tunsitko itsesi tervetulleeksi?", "Saitko apua?" }) {
				page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question)).getByLabel("Kyllä").check();
			}
			resident.click(AriaRole.BUTTON, "Lähetä palaute");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kiitos palautteestasi!");
			assertThat(page.locator("a[href$='/my/feedback/" + contact + "']")).hasCount(0);

			long answers = jdbc.sql("select count(*) from frontdoor.feedback where unit_id = ? and month >= date_trunc('month', now()) - interval '2 months'")
				.param(contacts.guidanceUnit().id().value())
				.query(Long.class)
				.single();
			guide.signIn("guide", "demo");
			guide.click(AriaRole.LINK, "Asiakaspalaute");
			guide.page().getByLabel("Ajanjakso").selectOption("3");
			guide.click(AriaRole.BUTTON, "Näytä");
			assertThat(guide.page().locator("main")).containsText(answers + " vastausta");
			assertThat(guide.page().getByRole(AriaRole.TABLE)).containsText("Saitko apua?");
		}
	}

	private UUID contactId(String reference) {
		return jdbc.sql("select id from frontdoor.contact where reference = ?").param(reference).query(UUID.class).single();
	}

	/** The text of the mail to a recipient whose subject starts so, waiting for it to arrive. */
	private static String mailTo(String recipient, String subject) throws Exception {
		for (int tries = 0; tries < 150; tries++) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient)) && message.getSubject().startsWith(subject)) {
					return message.getContent().toString();
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail to " + recipient + " with the subject " + subject);
	}

	/** Units are offered with their municipality ("Perhetyö · Kuopio"): the one whose name this is. */
	private static void chooseUnit(com.microsoft.playwright.Locator select, String name) {
		java.util.List<String> labels = select.locator("option").allTextContents().stream().map(String::strip)
			.filter(label -> label.equals(name) || label.startsWith(name + " · ")).toList();
		org.assertj.core.api.Assertions.assertThat(labels).as("options named %s", name).hasSize(1);
		select.selectOption(new SelectOption().setLabel(labels.getFirst()));
	}
}
