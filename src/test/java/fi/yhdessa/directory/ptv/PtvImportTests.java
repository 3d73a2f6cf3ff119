package fi.yhdessa.directory.ptv;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.directory.ImportsDatabaseTest;
import fi.yhdessa.testing.BrowserVisit;
import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports from a real HTTP server answering as PTV's open API v11 ({@link PtvServer}, files in its format made by
 * the team), so the real client, reader and writer run: every field the directory keeps, paging and lists by ids, a
 * re-import changing nothing, a change and an archiving reported and carried out, editors' additions kept, a source
 * that fails or answers outside its format changing nothing, and who may run an import.
 */
class PtvImportTests extends ImportsDatabaseTest {

	static final UUID COUNSELLING = UUID.fromString("5a0c7d2e-1f3b-4c8a-9e6d-0b1a2c3d4e01");
	static final UUID OUTREACH = UUID.fromString("5a0c7d2e-1f3b-4c8a-9e6d-0b1a2c3d4e02");
	static final UUID CAFE = UUID.fromString("5a0c7d2e-1f3b-4c8a-9e6d-0b1a2c3d4e03");
	static final UUID ORPHAN = UUID.fromString("5a0c7d2e-1f3b-4c8a-9e6d-0b1a2c3d4e04");
	static final UUID CITY = UUID.fromString("7b1e0000-aaaa-4bbb-8ccc-000000000091");
	static final UUID LOCATION = UUID.fromString("9c2f0000-1111-4222-8333-000000000001");
	static final Locale EN = Locale.ENGLISH;

	@Autowired
	PtvImports imports;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void catalogueAsFirstPublished() {
		PtvServer.scenario = "first";
		PtvImportReport report = imports.run("test", true, EN);
		assertThat(report.outcome()).as(report.message()).isEqualTo("DONE");
		PtvServer.ASKED.clear();
	}

	@AfterEach
	void back() {
		PtvServer.scenario = "first";
	}

	@Test
	void importsEveryFieldTheDirectoryKeepsFromServicesChannelsAndOrganisations() {
		Map<String, Object> service = jdbc.sql("select * from directory.service where id = :id").param("id", COUNSELLING).query().singleRow();
		assertThat(service).containsEntry("name_fi", "Perheneuvola Testilä").containsEntry("name_sv", "Familjerådgivningen Testilä")
			.containsEntry("name_en", "Family counselling Testilä").containsEntry("organisation_id", CITY).containsEntry("state", "PUBLISHED")
			.containsEntry("free_of_charge", false).containsEntry("cost_en", "First visit free, then 10 euros a visit.")
			.containsEntry("email", "perheneuvola@testila.example").containsEntry("kind", "SERVICE");
		assertThat((String) service.get("description_en")).startsWith("Support with parenting and family conflicts.\n\nA psychologist");
		assertThat(array(service.get("languages"))).containsExactly("fi", "sv", "en");
		assertThat(array(service.get("municipality_codes"))).containsExactly("091");
		assertThat(topics(COUNSELLING)).contains("mental-health", "parenting").doesNotContain("youth");

		Map<String, Object> place = jdbc.sql("select * from directory.location where id = :id").param("id", LOCATION).query().singleRow();
		assertThat(place).containsEntry("name_fi", "Perheneuvola, Testikatu").containsEntry("name_sv", "Familjerådgivningen, Testgatan")
			.containsEntry("street_address", "Testikatu 5").containsEntry("postcode", "00100").containsEntry("municipality_code", "091")
			.containsEntry("city", "HELSINKI");
		assertThat((Double) place.get("latitude")).as("ETRS-TM35FIN turned into degrees").isCloseTo(60.168666, within(1e-6));
		assertThat((Double) place.get("longitude")).isCloseTo(24.927458, within(1e-6));
		assertThat(jdbc.sql("""
				select string_agg(h.weekday || ' ' || h.opens_at || '-' || h.closes_at, ', ' order by h.weekday) from directory.weekly_hours h
				join directory.service_at_location a on a.id = h.service_at_location_id where a.service_id = :id and a.location_id = :location
				""").param("id", COUNSELLING).param("location", LOCATION).query(String.class).single())
			.as("regular hours Monday to Friday; the exceptional closing is not weekly hours")
			.isEqualTo("1 08:00:00-16:00:00, 2 08:00:00-16:00:00, 3 08:00:00-16:00:00, 4 08:00:00-16:00:00, 5 08:00:00-16:00:00");
		assertThat(channels(COUNSELLING)).as("the rows made of its channels (another test adds an editor's chat)")
			.filteredOn(channel -> !channel.startsWith("CHAT")).containsExactlyInAnyOrder("VISIT Testikatu 5", "PHONE +358 91234567", "PHONE 0800 123 456",
				"WEB https://testila.example/perheneuvola", "E_SERVICE https://asiointi.testila.example/ajanvaraus");

		assertThat(jdbc.sql("select name_fi || ' / ' || name_sv || ' / ' || name_en || ' ' || website from network.organisation where id = :id")
			.param("id", CITY).query(String.class).single()).isEqualTo("Testilän kaupunki / Testilä stad / City of Testilä https://testila.example");

		assertThat(jdbc.sql("select array_to_string(municipality_codes, ',') from directory.service where id = :id").param("id", OUTREACH).query(String.class).single())
			.as("a region's municipalities, the code made three digits").isEqualTo("049,091");
		Map<String, Object> cafe = jdbc.sql("select name_sv, name_fi, municipality_codes from directory.service where id = :id").param("id", CAFE).query().singleRow();
		assertThat(cafe.get("name_sv")).isEqualTo("Familjecafé Provby");
		assertThat(array(cafe.get("municipality_codes"))).as("a nationwide service belongs to the municipality it was listed for").containsExactly("179");
		assertThat(topics(CAFE)).contains("meeting-places");
		assertThat(jdbc.sql("select count(*) from directory.service where id = :id").param("id", ORPHAN).query(Long.class).single())
			.as("a service without an organisation is left out").isZero();
	}

	@Test
	void readsTheAreaListsPageByPageAndTheItemsAHundredAtATime() {
		imports.run("test", true, EN);
		assertThat(PtvServer.ASKED).contains("Service/area/Municipality/code/091?includeWholeCountry=false&page=1",
				"Service/area/Municipality/code/091?includeWholeCountry=false&page=2", "Service/area/Municipality/code/179?includeWholeCountry=false&page=1");
		assertThat(PtvServer.ASKED).filteredOn(asked -> asked.contains("guids=")).allSatisfy(asked -> assertThat(asked.split(",")).hasSizeLessThanOrEqualTo(100));
		assertThat(PtvServer.ASKED).anyMatch(asked -> asked.startsWith("Organization/list?guids=") && asked.contains(CITY.toString()));
	}

	@Test
	void aReimportOfTheSameCatalogueChangesNothingAndAnIncrementalOneAsksFromTheLastImport() {
		int version = version(COUNSELLING);
		PtvImportReport again = imports.run("test", true, EN);
		assertThat(again.created() + again.updated() + again.archived()).isZero();
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.rejections()).singleElement().satisfies(rejection -> assertThat(rejection.reason()).contains("no responsible organisation"));
		assertThat(version(COUNSELLING)).isEqualTo(version);

		PtvImportReport incremental = imports.run("test", false, EN);
		assertThat(incremental.outcome()).isEqualTo("DONE");
		assertThat(incremental.since()).isNotNull();
		assertThat(PtvServer.ASKED).anyMatch(asked -> asked.matches("Service/area/Municipality/code/091\\?.*date=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
		assertThat(incremental.created() + incremental.updated() + incremental.archived()).isZero();
		assertThat(version(COUNSELLING)).isEqualTo(version);
	}

	@Test
	void aChangedServiceIsUpdatedAndAnArchivedOneArchivedWhileWhatEditorsAddedStays() {
		jdbc.sql("update directory.service set min_age = 3, max_age = 12 where id = :id").param("id", COUNSELLING).update();
		UUID editorsChannel = UUID.randomUUID();
		jdbc.sql("insert into directory.channel (id, service_id, kind, address) values (:id, :service, 'CHAT', 'https://chat.testila.example')")
			.param("id", editorsChannel).param("service", COUNSELLING).update();

		PtvServer.scenario = "changed";
		PtvImportReport report = imports.run("test", false, EN);
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.archived()).isEqualTo(1);
		assertThat(report.changes()).extracting(change -> change.id() + " " + change.change())
			.containsExactlyInAnyOrder(COUNSELLING + " UPDATED", OUTREACH + " ARCHIVED");

		Map<String, Object> counselling = jdbc.sql("select name_fi, min_age, max_age from directory.service where id = :id").param("id", COUNSELLING).query().singleRow();
		assertThat(counselling).containsEntry("name_fi", "Perheneuvola Testilä (Keskusta)").containsEntry("min_age", 3).containsEntry("max_age", 12);
		assertThat(channels(COUNSELLING)).contains("CHAT https://chat.testila.example").hasSize(6);
		assertThat(jdbc.sql("select state from directory.service where id = :id").param("id", OUTREACH).query(String.class).single())
			.as("archived, not deleted").isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("select action from directory.change where record_id = :id order by changed_at desc limit 1").param("id", OUTREACH)
			.query(String.class).single()).isEqualTo("WITHDRAWN");

		PtvServer.scenario = "first";
		PtvImportReport republished = imports.run("test", true, EN);
		assertThat(republished.changes()).extracting(change -> change.id() + " " + change.change())
			.as("published again in PTV, published again here").contains(OUTREACH + " UPDATED", COUNSELLING + " UPDATED");
		assertThat(jdbc.sql("select state from directory.service where id = :id").param("id", OUTREACH).query(String.class).single()).isEqualTo("PUBLISHED");
	}

	@Test
	void aSourceThatFailsOrAnswersOutsideItsFormatChangesNothingAndSaysWhy() {
		PtvServer.scenario = "down";
		PtvImportReport down = imports.run("test", true, Locale.of("fi"));
		assertThat(down.outcome()).isEqualTo("UNREACHABLE");
		assertThat(down.message()).contains("ei saatu yhteyttä", "eikä mitään muutettu", "HTTP 503");

		PtvServer.scenario = "truncated";
		PtvImportReport truncated = imports.run("test", true, Locale.of("sv"));
		assertThat(truncated.outcome()).isEqualTo("REFUSED");
		assertThat(truncated.message()).contains("ingenting ändrades", "JSON");

		PtvServer.scenario = "wrongType";
		PtvImportReport wrong = imports.run("test", true, EN);
		assertThat(wrong.outcome()).isEqualTo("REFUSED");
		assertThat(wrong.message()).contains("itemList");

		assertThat(jdbc.sql("select name_fi from directory.service where id = :id").param("id", COUNSELLING).query(String.class).single())
			.isEqualTo("Perheneuvola Testilä");
		assertThat(jdbc.sql("select outcome from directory.ptv_import order by started_at desc limit 3").query(String.class).list())
			.containsExactly("REFUSED", "REFUSED", "UNREACHABLE");
	}

	@Test
	void administratorsAndCoordinatorsRunAnImportOverTheApiAndTheServicesAreFound() {
		assertThat(post(null).statusCode()).as("without signing in").isIn(401, 403);
		assertThat(post("worker").statusCode()).isEqualTo(403);
		HttpResponse<String> response = post("coordinator");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = JsonMapper.builder().build().readTree(response.body());
		assertThat(report.get("outcome").asString()).isEqualTo("DONE");
		assertThat(report.get("municipalities").toString()).isEqualTo("[\"091\",\"179\"]");
		assertThat(post("admin").statusCode()).isEqualTo(200);

		HttpVisitor http = new HttpVisitor(port);
		HttpResponse<String> found = http.get("/hsds/services?search=perheneuvola&lang=fi", "application/json");
		assertThat(found.body()).contains(COUNSELLING.toString());
		assertThat(http.get("/hsds/services/" + CAFE + "?lang=sv", "application/json").body()).contains("Familjecafé Provby");
	}

	@Test
	void theCoordinatorStartsAnImportOnThePageAndFollowsItToItsReport() {
		PtvServer.scenario = "slow";
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.signIn("coordinator", "demo");
			visit.open("/directory/ptv-imports");
			assertThat(visit.page().getByText("Tuotavat kunnat (kuntanumerot): 091, 179")).isVisible();
			visit.page().getByLabel("Tuo kaikki palvelut").check();
			visit.click(AriaRole.BUTTON, "Tuo nyt");
			assertThat(visit.page().getByText("Tuonti alkoi. Sen eteneminen näkyy alla.")).isVisible();
			assertThat(visit.page().locator("#ptv-progress progress")).isVisible();
			visit.checked();
			assertThat(visit.page().locator("#ptv-progress")).containsText("Tuonti on valmis.", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
			visit.click(AriaRole.LINK, "Näytä raportti");
			assertThat(visit.page().locator("section").first()).containsText("Tuonti valmis: 0 uutta");
			assertThat(visit.page().getByRole(AriaRole.TABLE).last()).containsText("Kaisa Koordinaattori");
			visit.checked();
		}
	}

	private HttpResponse<String> post(String username) {
		HttpVisitor http = new HttpVisitor(port);
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/v1/directory/ptv-imports?full=true")).header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody());
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build());
	}

	private List<String> topics(UUID service) {
		return jdbc.sql("select t.code from directory.service_topic st join directory.taxonomy_term t on t.id = st.term_id where st.service_id = :id")
			.param("id", service).query(String.class).list();
	}

	private List<String> channels(UUID service) {
		return jdbc.sql("select kind || ' ' || address from directory.channel where service_id = :id").param("id", service).query(String.class).list();
	}

	private int version(UUID service) {
		return jdbc.sql("select version from directory.service where id = :id").param("id", service).query(Integer.class).single();
	}

	private static List<Object> array(Object sqlArray) {
		try {
			return List.of((Object[]) ((java.sql.Array) sqlArray).getArray());
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
