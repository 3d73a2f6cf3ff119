package fi.yhdessa.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.testing.BrowserVisit;
import fi.yhdessa.testing.HttpVisitor;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Editors keep their own organisation's places and services, from draft to published, with the
 * change history; coordinators keep everyone's. In the database of the import tests, so that the
 * services made here do not change what the relevance tests search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yhdessa.db.name=yhdessa_imports")
class EditorBrowserTests {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Test
	void anEditorAddsAPlaceAndADraftServiceThenPublishesItAndTheSearchFindsIt() {
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.signIn("editor", "demo");
			visit.click(AriaRole.LINK, "Palvelujen ylläpito");
			assertThat(visit.heading()).hasText("Palvelut ja toiminta");
			visit.checked();

			visit.click(AriaRole.LINK, "Paikat");
			visit.click(AriaRole.LINK, "Uusi paikka");
			visit.page().locator("#nameFi").fill("Kipinätalo");
			visit.page().locator("#postcode").fill("401");
			visit.click(AriaRole.BUTTON, "Tallenna");
			assertThat(visit.page().getByRole(AriaRole.ALERT)).containsText("Lomakkeessa on virheitä");
			assertThat(visit.page().locator("#postcode-error")).hasText("Anna postinumero viidellä numerolla.");
			assertThat(visit.page().locator("#street-error")).isVisible();
			assertThat(visit.page().locator("#nameFi")).hasValue("Kipinätalo");
			visit.checked();
			visit.page().locator("#street").fill("Kipinäkuja 3");
			visit.page().locator("#postcode").fill("40100");
			visit.page().locator("#municipality").selectOption("801");
			visit.click(AriaRole.BUTTON, "Tallenna");
			assertThat(visit.page().getByRole(AriaRole.STATUS)).hasText("Paikka on tallennettu.");

			visit.open("/directory/edit/services/new");
			visit.page().locator("#descriptionFi").fill("Sirkustaitoja koko perheelle: jongleerausta, tasapainoilua ja akrobatiaa.");
			visit.page().getByLabel("Alaikäraja (vuotta)").fill("12");
			visit.page().getByLabel("Yläikäraja (vuotta)").fill("6");
			visit.click(AriaRole.BUTTON, "Tallenna luonnos");
			assertThat(visit.page().locator("#nameFi-error")).hasText("Anna nimi ainakin yhdellä kielellä.");
			assertThat(visit.page().locator("#maxAge-error")).hasText("Yläikäraja ei voi olla pienempi kuin alaikäraja.");
			assertThat(visit.page().locator("#descriptionFi")).hasValue("Sirkustaitoja koko perheelle: jongleerausta, tasapainoilua ja akrobatiaa.");
			visit.checked();

			visit.page().getByLabel("Alaikäraja (vuotta)").fill("3");
			visit.page().getByLabel("Yläikäraja (vuotta)").fill("45");
			visit.click(AriaRole.BUTTON, "Tallenna luonnos");
			assertThat(visit.page().locator("#maxAge-error")).containsText("väliltä 0–29");
			assertThat(visit.page().getByLabel("Yläikäraja (vuotta)")).hasValue("45");

			visit.page().locator("#nameFi").fill("Perhesirkus Kipinä");
			visit.page().locator("#kind").selectOption("ACTIVITY");
			visit.page().getByLabel("Alaikäraja (vuotta)").fill("3");
			visit.page().getByLabel("Yläikäraja (vuotta)").fill("12");
			visit.page().getByLabel("Paikka, rivi 1", EXACT).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Kipinätalo"));
			visit.page().getByLabel("Viikonpäivä, rivi 1", EXACT).selectOption("3");
			visit.page().getByLabel("Alkaa, rivi 1", EXACT).fill("17:00");
			visit.page().getByLabel("Päättyy, rivi 1", EXACT).fill("18:30");
			visit.click(AriaRole.BUTTON, "Tallenna luonnos");
			assertThat(visit.page().getByRole(AriaRole.STATUS)).hasText("Tallennettu luonnoksena. Palvelu ei vielä näy haussa.");
			assertThat(visit.page().locator(".badge").first()).hasText("Luonnos");
			String editUrl = visit.page().url();
			assertThat(searchFor("sirkus")).doesNotContain("Perhesirkus Kipinä");

			visit.click(AriaRole.BUTTON, "Julkaise");
			assertThat(visit.page().getByRole(AriaRole.STATUS)).hasText("Palvelu on julkaistu ja näkyy haussa.");
			assertThat(searchFor("sirkus")).contains("Perhesirkus Kipinä");
			assertThat(visit.page().locator("#history-heading + .table-wrap")).containsText("Eila Editori");
			assertThat(visit.page().locator("#history-heading + .table-wrap")).containsText("Julkaistu");
			assertThat(visit.page().locator("#history-heading + .table-wrap")).containsText("Luotu");
			visit.checked();

			visit.page().locator("#nameSv").fill("Familjecirkus Kipinä");
			visit.click(AriaRole.BUTTON, "Tallenna");
			assertThat(visit.page().getByRole(AriaRole.STATUS)).hasText("Tallennettu. Muutokset näkyvät haussa heti.");
			assertThat(visit.page().locator("#history-heading + .table-wrap")).containsText("Muutettu: Nimi");

			// Closed on this week's Wednesday: the session drops out of this week's activities.
			assertThat(new HttpVisitor(port).get("/activities").body()).contains("Perhesirkus Kipinä");
			LocalDate wednesday = LocalDate.now(ZoneId.of("Europe/Helsinki")).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
			visit.page().getByLabel("Sulkemispäivä: Paikka, rivi 1").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Kipinätalo"));
			visit.page().getByLabel("Sulkemispäivä: Päivä, rivi 1").fill(wednesday.toString());
			visit.page().getByLabel("Sulkemispäivä: Lisätieto, rivi 1").fill("Sirkusleiri");
			visit.click(AriaRole.BUTTON, "Tallenna");
			assertThat(visit.page().locator("#history-heading + .table-wrap")).containsText("Poikkeukselliset sulkemispäivät");
			assertThat(visit.page().getByLabel("Sulkemispäivä: Päivä, rivi 1")).hasValue(wednesday.toString());
			assertThat(new HttpVisitor(port).get("/activities").body()).doesNotContain("Perhesirkus Kipinä");
			visit.checked();
			assertThat(visit.page()).hasURL(editUrl);
		}
	}

	@Test
	void anEditorCannotOpenAnotherOrganisationsServiceButACoordinatorCan() {
		HttpVisitor editor = new HttpVisitor(port);
		editor.signIn("editor", "demo");
		HttpVisitor coordinator = new HttpVisitor(port);
		coordinator.signIn("coordinator", "demo");
		String ownList = editor.get("/directory/edit").body();
		String allList = coordinator.get("/directory/edit").body();
		String othersService = firstEditLinkNotIn(allList, ownList);
		assertThat(editor.get(othersService).statusCode()).isEqualTo(403);
		assertThat(coordinator.get(othersService).statusCode()).isEqualTo(200);
		assertThat(new HttpVisitor(port).get("/directory/edit").statusCode()).isEqualTo(302);
		HttpVisitor parent = new HttpVisitor(port);
		parent.signIn("parent", "demo");
		assertThat(parent.get("/directory/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void aChangeSavedMeanwhileBySomeoneElseIsNotOverwrittenAndWhatWasTypedIsKept() {
		HttpVisitor first = new HttpVisitor(port);
		first.signIn("editor", "demo");
		HttpVisitor second = new HttpVisitor(port);
		second.signIn("editor", "demo");
		String service = firstEditLinkNotIn(first.get("/directory/edit").body(), "");
		String firstForm = first.get(service).body();
		String secondForm = second.get(service).body();

		HttpResponse<String> saved = post(first, service, firstForm, "Ensimmäisen tallentama kuvaus.");
		assertThat(saved.statusCode()).isEqualTo(302);
		HttpResponse<String> refused = post(second, service, secondForm, "Toisen kirjoittama kuvaus, joka ei saa kadota.");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Joku muu tallensi tähän palveluun muutoksia sillä välin", "Toisen kirjoittama kuvaus, joka ei saa kadota.");
		assertThat(first.get(service).body()).contains("tallentama kuvaus.").doesNotContain("Toisen kirjoittama kuvaus");
	}

	/** Saves the service form as the page gave it, with another Finnish description. */
	private static HttpResponse<String> post(HttpVisitor visitor, String path, String form, String description) {
		String body = String.join("&", "_csrf=" + value(form, "_csrf"), "version=" + value(form, "version"), "kind=" + value(form, "kind"),
				"nameFi=" + URLEncoder.encode(value(form, "nameFi"), StandardCharsets.UTF_8), "languages=fi",
				"descriptionFi=" + URLEncoder.encode(description, StandardCharsets.UTF_8));
		return visitor.send(HttpRequest.newBuilder(visitor.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private static String value(String form, String name) {
		Matcher input = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"" + name + "\"").matcher(form);
		if (name.equals("kind")) {
			return form.contains("value=\"ACTIVITY\" selected") ? "ACTIVITY" : "SERVICE";
		}
		if (!input.find()) {
			throw new AssertionError("No field " + name);
		}
		return org.springframework.web.util.HtmlUtils.htmlUnescape(input.group(1) != null ? input.group(1) : input.group(2));
	}

	private String searchFor(String words) {
		return new HttpVisitor(port).get("/search?q=" + words).body();
	}

	private static String firstEditLinkNotIn(String page, String other) {
		var links = Pattern.compile("href=\"(/directory/edit/services/[0-9a-f-]{36})\"").matcher(page);
		while (links.find()) {
			if (!other.contains(links.group(1))) {
				return links.group(1);
			}
		}
		throw new AssertionError("Every listed service is the editor's own");
	}
}
