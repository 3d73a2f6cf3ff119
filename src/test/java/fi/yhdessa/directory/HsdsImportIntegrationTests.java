package fi.yhdessa.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import fi.yhdessa.testing.BrowserVisit;
import fi.yhdessa.testing.HttpVisitor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS imports over real HTTP, in a database of their own so that the imported examples do not
 * change what the other tests search.
 */
class HsdsImportIntegrationTests extends ImportsDatabaseTest {

	static final Path EXAMPLES = Path.of("src/test/resources/hsds-3.0/examples");
	static final String EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b";
	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void importsTheOfficialFullServiceExampleWithoutLosingTheFieldsTheDirectoryHolds() throws IOException {
		JsonNode example = json.readTree(Files.readString(EXAMPLES.resolve("service_full.json")));
		JsonNode report = importJson(json.createArrayNode().add(example), "en");
		assertThat(report.get("rejected").asInt()).isZero();
		assertThat(report.get("created").asInt() + report.get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("notes").toString()).contains("alternate_name", "location.transportation");

		JsonNode imported = hsds("/hsds/services/" + EXAMPLE_SERVICE + "?lang=en");
		HsdsApiIntegrationTests.assertValid("service.json", imported);
		assertHeldFieldsEqual(example, imported);
		JsonNode term = imported.get("attributes").get(0).get("taxonomy_term");
		assertThat(term.get("id").asString()).isEqualTo("3f7b145d-84af-42d7-8fae-eaca714b02b2");
		assertThat(term.get("name").asString()).isEqualTo("name");

		JsonNode again = importJson(json.createArrayNode().add(example), "en");
		assertThat(again.get("updated").asInt()).isEqualTo(1);
		assertThat(again.get("created").asInt()).isZero();
		assertThat(withLastModified(imported, hsds("/hsds/services/" + EXAMPLE_SERVICE + "?lang=en"))).isEqualTo(imported);

		// The official list example (a page of summaries, with no places) updates the service and takes nothing away.
		HttpResponse<String> page = post("/api/v1/directory/imports?language=en", "application/json",
				Files.readAllBytes(EXAMPLES.resolve("service_list.json")), "admin");
		assertThat(json.readTree(page.body()).get("updated").asInt()).isEqualTo(1);
		assertThat(withLastModified(imported, hsds("/hsds/services/" + EXAMPLE_SERVICE + "?lang=en"))).isEqualTo(imported);

		JsonNode found = hsds("/hsds/services?search=counselling&lang=en");
		assertThat(found.get("contents").valueStream().map(s -> s.get("id").asString())).contains(EXAMPLE_SERVICE);
	}

	@Test
	void importsTheOfficialTabularExampleAsAZipOfCsvFiles() throws IOException {
		JsonNode tables = json.readTree(Files.readString(EXAMPLES.resolve("tabular.json")));
		HttpResponse<String> response = post("/api/v1/directory/imports?language=en", "application/zip", zip(tables), "admin");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = json.readTree(response.body());
		assertThat(report.get("rejected").asInt()).isZero();
		assertThat(report.get("created").asInt() + report.get("updated").asInt()).isEqualTo(1);

		JsonNode imported = hsds("/hsds/services/" + EXAMPLE_SERVICE + "?lang=en");
		HsdsApiIntegrationTests.assertValid("service.json", imported);
		JsonNode row = tables.get("services.csv").get(0);
		assertThat(imported.get("name").asString()).isEqualTo(row.get("name").asString());
		assertThat(imported.get("description").asString()).isEqualTo(row.get("description").asString());
		assertThat(imported.get("minimum_age").asInt()).isEqualTo(row.get("minimum_age").asInt());
		assertThat(imported.get("organization").get("name").asString()).isEqualTo(tables.get("organizations.csv").get(0).get("name").asString());
		JsonNode location = imported.get("service_at_locations").get(0).get("location");
		assertThat(location.get("name").asString()).isEqualTo(tables.get("locations.csv").get(0).get("name").asString());
		assertThat(location.get("addresses").get(0).get("address_1").asString()).isEqualTo(tables.get("addresses.csv").get(0).get("address_1").asString());
		assertThat(location.get("accessibility").get(0).get("description").asString())
			.isEqualTo(tables.get("accessibility.csv").get(0).get("description").asString());
		JsonNode schedule = imported.get("service_at_locations").get(0).get("schedules").get(0);
		assertThat(schedule.get("byday").asString()).isEqualTo("TH,FR");
		assertThat(imported.get("phones").get(0).get("number").asString()).isEqualTo(tables.get("phones.csv").get(0).get("number").asString());
	}

	@Test
	void rejectsFaultyServicesWithTheirReasonsAndImportsTheOthers() {
		ArrayNode services = json.createArrayNode();
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c01", "Tuontitestin iltapäiväkerho"));
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c02", null));
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c03", "Liian nuorille").put("minimum_age", 12).put("maximum_age", 3));
		services.add(service("not-a-uuid", "Tunnisteeton"));
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c01", "Sama uudestaan"));

		HttpResponse<String> response = post("/api/v1/directory/imports?lang=en", "application/json", services.toString().getBytes(StandardCharsets.UTF_8),
				"admin");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = json.readTree(response.body());
		assertThat(report.get("created").asInt() + report.get("updated").asInt()).as(report.toString()).isEqualTo(1);
		assertThat(report.get("rejected").asInt()).isEqualTo(4);
		Map<Integer, String> reasons = report.get("rejections").valueStream()
			.collect(Collectors.toMap(r -> r.get("record").asInt(), r -> r.get("reasons").toString()));
		assertThat(reasons.get(2)).contains("The name is missing.");
		assertThat(reasons.get(3)).contains("The minimum age 12 is greater than the maximum age 3.");
		assertThat(reasons.get(4)).contains("The id is missing or not a UUID: not-a-uuid");
		assertThat(reasons.get(5)).contains("already earlier in the file (record number 1)");

		JsonNode found = hsds("/hsds/services?search=iltap%C3%A4iv%C3%A4kerho");
		assertThat(found.get("contents").valueStream().map(s -> s.get("name").asString())).contains("Tuontitestin iltapäiväkerho");
	}

	@Test
	void updatesAServiceFromItsOwnExportWithoutDuplicatingOrLosingAnything() {
		JsonNode page = hsds("/hsds/services?search=perhekahvila&per_page=1");
		String id = page.get("contents").get(0).get("id").asString();
		JsonNode before = hsds("/hsds/services/" + id);
		JsonNode report = importJson(json.createArrayNode().add(before), "fi");
		assertThat(report.get("updated").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").asInt()).isZero();
		JsonNode after = hsds("/hsds/services/" + id);
		assertThat(withLastModified(before, after)).isEqualTo(before);
	}

	@Test
	void answersAProblemForABodyThatIsNotHsdsAndRefusesOthersThanAdministrators() throws IOException {
		HttpResponse<String> notAnArray = post("/api/v1/directory/imports?lang=en", "application/json", "{\"name\": 1}".getBytes(StandardCharsets.UTF_8),
				"admin");
		assertThat(notAnArray.statusCode()).isEqualTo(400);
		assertThat(notAnArray.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
		assertThat(notAnArray.body()).contains("not a JSON array of HSDS services");
		assertThat(post("/api/v1/directory/imports", "application/zip", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "admin").statusCode())
			.isEqualTo(400);
		// Found by fuzzing: a zip cut in the middle of a compressed file.
		byte[] whole = zip(json.readTree(Files.readString(EXAMPLES.resolve("tabular.json"))));
		assertThat(post("/api/v1/directory/imports", "application/zip", java.util.Arrays.copyOf(whole, whole.length / 2), "admin").statusCode())
			.isEqualTo(400);
		assertThat(post("/api/v1/directory/imports", "application/json", "[]".getBytes(StandardCharsets.UTF_8), "editor").statusCode()).isEqualTo(403);
		assertThat(post("/api/v1/directory/imports", "application/json", "[]".getBytes(StandardCharsets.UTF_8), "nobody").statusCode()).isEqualTo(401);
	}

	@Test
	void theAdministratorUploadsAFileAndReadsTheReport() throws IOException {
		Path file = Files.createTempFile("hsds-import", ".json");
		ArrayNode services = json.createArrayNode();
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c11", "Tuontitestin satutuokio"));
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c12", "Tilaton").put("status", "open"));
		Files.writeString(file, services.toString());
		try (BrowserVisit visit = new BrowserVisit(port)) {
			visit.signIn("admin", "demo");
			visit.open("/directory/imports");
			visit.click(AriaRole.BUTTON, "Tuo");
			assertThat(visit.page().locator("#file-error")).hasText("Valitse tuotava tiedosto.");
			visit.checked();

			visit.page().getByLabel("Tiedosto").setInputFiles(file);
			visit.click(AriaRole.BUTTON, "Tuo");
			assertThat(visit.page().getByRole(AriaRole.STATUS)).hasText("Uusia 1, päivitettyjä 0, hylättyjä 1.");
			assertThat(visit.page().locator("table")).containsText("Tila (status) \"open\" ei ole active");
			visit.checked();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** The fields of an HSDS service that the directory holds, compared between what came in and what it serves. */
	private static void assertHeldFieldsEqual(JsonNode given, JsonNode served) {
		for (String field : List.of("id", "name", "description", "url", "email", "status", "fees_description", "minimum_age", "maximum_age")) {
			assertThat(served.get(field)).as(field).isEqualTo(given.get(field));
		}
		assertThat(served.get("languages").valueStream().map(l -> l.get("code").asString()).toList()).containsExactly("ur");
		assertThat(served.get("phones").get(0).get("number")).isEqualTo(given.get("phones").get(0).get("number"));
		for (String field : List.of("id", "name", "website")) {
			assertThat(served.get("organization").get(field)).as("organization." + field).isEqualTo(given.get("organization").get(field));
		}
		JsonNode givenAt = given.get("service_at_locations").get(0);
		JsonNode servedAt = served.get("service_at_locations").get(0);
		assertThat(servedAt.get("id")).isEqualTo(givenAt.get("id"));
		for (String field : List.of("id", "name")) {
			assertThat(servedAt.get("location").get(field)).as("location." + field).isEqualTo(givenAt.get("location").get(field));
		}
		for (String field : List.of("latitude", "longitude")) {
			assertThat(servedAt.get("location").get(field).asDouble()).as("location." + field).isEqualTo(givenAt.get("location").get(field).asDouble());
		}
		JsonNode givenAddress = givenAt.get("location").get("addresses").get(0);
		JsonNode servedAddress = servedAt.get("location").get("addresses").get(0);
		for (String field : List.of("address_1", "city", "postal_code", "country")) {
			assertThat(servedAddress.get(field)).as("address." + field).isEqualTo(givenAddress.get(field));
		}
		assertThat(servedAt.get("location").get("accessibility").get(0).get("description"))
			.isEqualTo(givenAt.get("location").get("accessibility").get(0).get("description"));
		JsonNode givenSchedule = givenAt.get("schedules").get(0);
		JsonNode servedSchedule = servedAt.get("schedules").get(0);
		for (String field : List.of("id", "valid_from", "valid_to", "freq", "byday")) {
			assertThat(servedSchedule.get(field)).as("schedule." + field).isEqualTo(givenSchedule.get(field));
		}
		assertThat(servedSchedule.get("opens_at").asString()).startsWith(givenSchedule.get("opens_at").asString().substring(0, 5));
		assertThat(servedSchedule.get("closes_at").asString()).startsWith(givenSchedule.get("closes_at").asString().substring(0, 5));
	}

	@Test
	void aServiceOfAnotherVocabularyGetsTheDirectorysKindsItsTermsOrItsNameSpeakOf() {
		ArrayNode services = json.createArrayNode();
		ObjectNode termed = service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c21", "Keskiviikon kohtaaminen");
		termed.putArray("attributes").addObject().putObject("taxonomy_term").put("id", "6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c22")
			.put("code", "x-substance-services").put("name", "Päihdepalvelut");
		services.add(termed);
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c23", "Perhekahvila Tuontila"));
		services.add(service("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c24", "Shakkikerho"));
		assertThat(importJson(services, "fi").get("rejected").asInt()).isZero();

		assertThat(codes("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c21")).as("its own term and the kind the term's name speaks of")
			.containsExactlyInAnyOrder("x-substance-services", "substances");
		assertThat(codes("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c23")).as("no term: the kind its name speaks of").containsExactly("meeting-places");
		assertThat(codes("6c1f5a52-70a1-4f7e-9b0e-3d0c2a1b2c24")).isEmpty();
	}

	private List<String> codes(String service) {
		JsonNode attributes = hsds("/hsds/services/" + service).get("attributes");
		return attributes.valueStream().map(attribute -> attribute.get("taxonomy_term").get("code").asString()).toList();
	}

	private static ObjectNode service(String id, String name) {
		ObjectNode service = json.createObjectNode().put("id", id).put("description", "Kerho koululaisille koulupäivän jälkeen.").put("status", "active");
		if (name != null) {
			service.put("name", name);
		}
		service.putObject("organization").put("id", "5b0c7f4e-2d0a-4a53-9d61-0c7d3e9f1a01").put("name", "Tuontitestin yhdistys");
		return service;
	}

	/** The later answer with the earlier one's last_modified, which an update rightly moves on. */
	private static JsonNode withLastModified(JsonNode expected, JsonNode actual) {
		ObjectNode copy = (ObjectNode) actual.deepCopy();
		copy.set("last_modified", expected.get("last_modified"));
		return copy;
	}

	private JsonNode importJson(JsonNode services, String language) {
		HttpResponse<String> response = post("/api/v1/directory/imports?language=" + language, "application/json",
				services.toString().getBytes(StandardCharsets.UTF_8), "admin");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private JsonNode hsds(String path) {
		HttpResponse<String> response = new HttpVisitor(port).get(path, "application/json");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> post(String path, String type, byte[] body, String username) {
		HttpVisitor http = new HttpVisitor(port);
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path)).header("Content-Type", type).header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build());
	}

	/** The tabular example (one JSON array of rows per CSV file) written as the zip of CSV files it stands for. */
	private static byte[] zip(JsonNode tables) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var table : tables.properties()) {
				Set<String> columns = new LinkedHashSet<>();
				table.getValue().forEach(row -> columns.addAll(row.propertyNames()));
				List<String> lines = new ArrayList<>();
				lines.add(String.join(",", columns));
				table.getValue().forEach(row -> lines.add(columns.stream().map(column -> csv(row.path(column))).collect(Collectors.joining(","))));
				zip.putNextEntry(new ZipEntry("hsds/" + table.getKey()));
				zip.write((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static String csv(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		String text = value.isNumber() ? value.numberValue().toString() : value.asString();
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
