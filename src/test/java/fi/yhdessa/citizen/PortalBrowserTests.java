package fi.yhdessa.citizen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.BrowserVisit;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The family portal in a real browser: `parent` reads the plan in Swedish and agrees to it, writes
 * to the worker and gets an answer, withdraws the NGO's consent so that the NGO worker loses the
 * case at the next request, and finds that worker's earlier read in the report and its PDF. Every
 * page is checked with axe-core; the portal fits 320 px and works by keyboard alone.
 */
@PortalTest
class PortalBrowserTests {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	/** The elements that reach past the right edge, to name them when a page scrolls sideways. */
	static final String WIDEST = "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
			+ ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 8).join(' ')";

	@RegisterExtension
	static final GreenMailExtension smtp = PortalMail.server();

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parentAgreesToThePlanInSwedishTalksWithTheWorkerWithdrawsTheNgosConsentAndSeesWhoReadTheData() throws Exception {
		SignedInUser ngoUser = (SignedInUser) users.loadUserByUsername("ngo");
		UUID caseId = firstCaseOf("parent");
		try (BrowserVisit parent = new BrowserVisit(port); BrowserVisit worker = new BrowserVisit(port); BrowserVisit ngo = new BrowserVisit(port)) {
			ngo.signIn("ngo", "demo");
			assertThat(ngo.page().navigate(base() + "/casework/cases/" + caseId).status()).isEqualTo(200);
			ngo.checked();

			parent.signIn("parent", "demo");
			parent.click(AriaRole.LINK, "Oma perhe");
			parent.click(AriaRole.LINK, "På svenska");
			Page page = parent.page();
			assertThat(parent.heading()).hasText("Min familj");
			assertThat(page.locator("main")).containsText("Veera Vastuutyöntekijä");
			parent.click(AriaRole.LINK, "Läs planen");
			assertThat(page.locator("#plan-state")).containsText("Du kan godkänna den");
			page.getByLabel("Din kommentar till mål 1 (frivilligt)").fill("Morgnarna är svårast för oss.");
			parent.click(AriaRole.BUTTON, "Jag godkänner planen");
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Tack. Ditt godkännande har registrerats och din arbetstagare ser det.");
			assertThat(page.locator("#plan-state")).containsText("Planen godkändes");

			worker.signIn("worker", "demo");
			worker.open("/casework/cases/" + caseId + "?open=plan");
			assertThat(worker.page().locator("#agreement")).containsText("hyväksytty perheen asiointipalvelussa");
			assertThat(worker.page().locator("#plan-responses")).containsText("Morgnarna är svårast för oss.");

			parent.click(AriaRole.LINK, "Tillbaka till min familj");
			parent.click(AriaRole.LINK, "Meddelanden");
			page.getByLabel("Ämne", EXACT).fill("Fråga om hembesöket");
			page.getByLabel("Meddelande", EXACT).fill("Kan hembesöket flyttas till torsdag?");
			page.getByLabel("Bilagor (frivilligt)").setInputFiles(new FilePayload("anteckning.txt", "text/plain", "inte en bild".getBytes()));
			parent.click(AriaRole.BUTTON, "Skicka");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bilagan ska vara PDF, PNG eller JPEG.");
			assertThat(page.getByLabel("Meddelande", EXACT)).hasValue("Kan hembesöket flyttas till torsdag?");
			page.getByLabel("Bilagor (frivilligt)").setInputFiles(new FilePayload("schema.png", "image/png", PNG));
			parent.click(AriaRole.BUTTON, "Skicka");
			assertThat(parent.heading()).hasText("Fråga om hembesöket");
			assertThat(page.locator(".messages")).containsText("schema.png");

			MimeMessage notice = newMessageNotice("worker@jarvilaakso.example");
			assertThat(String.valueOf(notice.getContent())).contains("Sign in to read it").doesNotContain("torsdag").doesNotContain("hembesöket");

			worker.click(AriaRole.LINK, "Työlista");
			worker.click(AriaRole.LINK, "Fråga om hembesöket");
			assertThat(worker.page().locator(".messages")).containsText("Kan hembesöket flyttas till torsdag?");
			worker.page().getByLabel("Viesti", EXACT).fill("Torstai sopii, tulen kello 10.");
			worker.click(AriaRole.BUTTON, "Lähetä");

			page.reload();
			parent.checked();
			assertThat(page.locator(".messages")).containsText("Torstai sopii, tulen kello 10.");
			assertThat(page.locator(".message--family")).containsText("Läst");

			parent.click(AriaRole.LINK, "Tillbaka till meddelandena");
			parent.click(AriaRole.LINK, "Tillbaka till min familj");
			parent.click(AriaRole.LINK, "Samtycken och förbud");
			page.locator("#organisation-" + ngoUser.organisationId() + " button").first().click();
			page.waitForLoadState();
			parent.checked();
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Beslutet har återkallats. Ändringen gäller genast.");

			assertThat(ngo.page().navigate(base() + "/casework/cases/" + caseId).status()).isEqualTo(404);
			ngo.checked();

			parent.click(AriaRole.LINK, "Tillbaka till min familj");
			parent.click(AriaRole.LINK, "Vem har behandlat våra uppgifter");
			// The family's own reads of its contacts and bookings fill the first pages; the NGO is found by the filter.
			page.getByLabel("Organisation", EXACT).selectOption(ngoUser.organisationId().toString());
			parent.click(AriaRole.BUTTON, "Visa");
			assertThat(page.locator("#report tbody tr").first()).containsText("Niko Järjestö");
			assertThat(page.locator("#report")).containsText("Läste");
			assertThat(page.locator("#report")).not().containsText("Veera Vastuutyöntekijä");
			Download download = page.waitForDownload(() -> page.locator("#report-pdf").click());
			try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains("Vem har behandlat våra uppgifter").contains("Niko Järjestö").contains("Läste");
			}
		}
	}

	@Test
	void thePortalFitsANarrowPhoneAndThePlanCanBeAnsweredByKeyboardAlone() {
		UUID caseId = firstCaseOf("parent2");
		UUID familyId = jdbc.sql("select family_id from casework.client_case where id = :id").param("id", caseId).query(UUID.class).single();
		try (BrowserVisit parent = new BrowserVisit(port, 320, 640)) {
			parent.signIn("parent2", "demo");
			for (String path : new String[] { "/my", "/my/cases/" + caseId + "/plan", "/my/cases/" + caseId + "/messages",
					"/my/families/" + familyId + "/consents", "/my/families/" + familyId + "/access-log", "/my/data", "/signup", "/password/forgot" }) {
				parent.open(path);
				Object overflow = parent.page().evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(((Number) overflow).intValue()).as("sideways scrolling on %s: %s", path, parent.page().evaluate(WIDEST)).isLessThanOrEqualTo(0);
			}
			parent.open("/my/families/" + familyId + "/access-log?own=true");
			assertThat(parent.page().locator("#report tbody tr").first()).isVisible();
			Object tableOverflow = parent.page().evaluate("(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth - w.clientWidth; })()");
			assertThat(((Number) tableOverflow).intValue()).as("the access report scrolled sideways at 320 px").isLessThanOrEqualTo(0);
			parent.open("/my/cases/" + caseId + "/plan");
			Page page = parent.page();
			for (int i = 0; i < 80 && !"comment1".equals(page.evaluate("document.activeElement.id")); i++) {
				page.keyboard().press("Tab");
			}
			page.keyboard().type("Haluamme aloittaa iltarutiineista.");
			for (int i = 0; i < 80 && !"false".equals(page.evaluate("document.activeElement.value")); i++) {
				page.keyboard().press("Tab");
			}
			page.keyboard().press("Enter");
			// The status is on the page the answer leads to only: once it shows, that page has loaded and can be checked.
			assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Kiitos. Kommenttisi on välitetty työntekijällesi.");
			page.waitForLoadState();
			parent.checked();
			assertThat(page.locator("main")).containsText("Haluamme aloittaa iltarutiineista.");
		}
	}

	private UUID firstCaseOf(String username) {
		SignedInUser resident = (SignedInUser) users.loadUserByUsername(username);
		return jdbc.sql("""
				select c.id from casework.client_case c join casework.member m on m.family_id = c.family_id
				where m.resident_id = :resident and c.closed_at is null order by c.opened_at limit 1
				""")
			.param("resident", resident.residentId())
			.query(UUID.class)
			.single();
	}

	/** The notice of a new message to the address, waiting for the outbox to send it. */
	private static MimeMessage newMessageNotice(String address) throws Exception {
		for (int i = 0; i < 40; i++) {
			java.util.Optional<MimeMessage> notice = Arrays.stream(smtp.getReceivedMessages())
				.filter(m -> address(m).equals(address) && subject(m).contains("new message"))
				.findFirst();
			if (notice.isPresent()) {
				return notice.get();
			}
			Thread.sleep(250);
		}
		throw new AssertionError("no notice of a new message to " + address);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static String address(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

}
