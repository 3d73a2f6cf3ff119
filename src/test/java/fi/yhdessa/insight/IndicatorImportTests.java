package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import fi.yhdessa.insight.indicators.IndicatorImports.Report;
import fi.yhdessa.insight.indicators.IndicatorImports;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Indicators imported from a real HTTP server in the test that serves files in Sotkanet's REST 1.1
 * format (made by the team, `src/test/resources/sotkanet`), so the real client, parser and writer run:
 * every field mapped, a re-import changing nothing, a changed value updated and reported, bad files
 * refused whole, and an unreachable source reported with the last good data kept.
 */
@InsightTest
class IndicatorImportTests {

	private static final Path FILES = Path.of("src/test/resources/sotkanet");
	private static final HttpServer SOTKANET = sotkanet();
	private static final List<String> QUERIES = new CopyOnWriteArrayList<>();
	private static volatile String data = "data-1086.json";
	private static volatile boolean down;

	@Autowired
	IndicatorImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@DynamicPropertySource
	static void sotkanetUrl(DynamicPropertyRegistry registry) {
		registry.add("yhdessa.insight.sotkanet-url", () -> "http://localhost:" + SOTKANET.getAddress().getPort() + "/rest");
	}

	@AfterAll
	static void stop() {
		SOTKANET.stop(0);
	}

	@BeforeEach
	void fresh() {
		InsightRegion.register(network, accounts);
		data = "data-1086.json";
		down = false;
		jdbc.sql("delete from insight.indicator_value").update();
		jdbc.sql("delete from insight.indicator").update();
	}

	@Test
	void importsAnIndicatorWithEveryFieldAndItsValuesThenAReImportChangesNothingAndAChangedValueIsReported() {
		Report first = imports.fromSotkanet(List.of(1086), List.of(2024, 2025));
		assertThat(first.outcome()).isEqualTo(Report.Outcome.IMPORTED);
		assertThat(first.added()).isEqualTo(8);
		assertThat(QUERIES).anySatisfy(q -> assertThat(q).isEqualTo("indicator=1086&years=2024&years=2025&genders=male&genders=female&genders=total"));
		Map<String, Object> indicator = jdbc.sql("select * from insight.indicator where id = 1086").query().singleRow();
		assertThat(indicator).containsEntry("title_sv", "0–17-åringar som varit föremål för barnskyddsanmälan, % av befolkningen i samma ålder")
			.containsEntry("value_type", "PERCENTAGE").containsEntry("value_type_title", "Prosentti").containsEntry("decimals", 1)
			.containsEntry("producer", "Terveyden ja hyvinvoinnin laitos (THL)").containsEntry("range_start", 2019).containsEntry("range_end", 2025)
			.containsEntry("description_en", "The share of children.");
		assertThat(indicator.get("data_updated").toString()).isEqualTo("2026-05-12");
		assertThat(jdbc.sql("select category || ' ' || code || ' ' || title_sv from insight.indicator_region where id = 5001").query(String.class).single())
			.isEqualTo("HYVINVOINTIALUE 91 Testdalens välfärdsområde");
		assertThat(jdbc.sql("select value || ' ' || abs_value from insight.indicator_value where region = 5101 and year = 2024 and gender = 'male'")
			.query(String.class).single()).isEqualTo("7.5 770");
		assertThat(jdbc.sql("select abs_value is null from insight.indicator_value where region = 5102 and year = 2024").query(Boolean.class).single()).isTrue();

		Report again = imports.fromSotkanet(List.of(1086), List.of(2024, 2025));
		assertThat(List.of(again.added(), again.changed(), again.unchanged())).containsExactly(0, 0, 8);

		data = "data-1086-changed.json";
		Report changed = imports.fromSotkanet(List.of(1086), List.of(2024, 2025));
		assertThat(List.of(changed.added(), changed.changed(), changed.unchanged())).containsExactly(0, 1, 7);
		assertThat(jdbc.sql("select value from insight.indicator_value where region = 5102 and year = 2024").query(String.class).single()).isEqualTo("5.3");
		assertThat(jdbc.sql("select outcome || ' ' || added || ' ' || changed from insight.indicator_import order by at desc limit 1").query(String.class)
			.single()).isEqualTo("IMPORTED 0 1");
	}

	@Test
	void refusesATruncatedMalformedWrongTypeOrHugeFileWholeWithItsReason() throws IOException {
		imports.fromSotkanet(List.of(1086), List.of(2024, 2025));
		Map<String, String> refusals = Map.of("data-truncated.json", "indicators.error.malformed", "data-malformed.json", "indicators.error.malformed",
				"data-wrong-type.json", "indicators.error.field");
		refusals.forEach((file, reason) -> {
			Report report = imports.fromFile(file, read(file));
			assertThat(report.outcome()).as(file).isEqualTo(Report.Outcome.REFUSED);
			assertThat(report.messageKey()).as(file).isEqualTo(reason);
		});
		assertThat(imports.fromFile("data-wrong-type.json", read("data-wrong-type.json")).arguments()).containsExactly("region", "\"Testikunta 902\"");
		byte[] huge = new byte[64 * 1024 * 1024 + 1];
		assertThat(imports.fromFile("huge.json", huge).messageKey()).isEqualTo("indicators.error.tooLarge");
		assertThat(imports.fromFile("empty.json", new byte[0]).messageKey()).isEqualTo("indicators.error.empty");
		assertThat(jdbc.sql("select value from insight.indicator_value where region = 5101 and year = 2024 and gender = 'total'").query(String.class).single())
			.as("nothing of a refused file was written").isEqualTo("7.2");
		Report unknown = imports.fromFile("other.json", "[{\"indicator\": 4, \"region\": 5101, \"year\": 2024, \"gender\": \"total\", \"value\": 1}]"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(unknown.messageKey()).isEqualTo("indicators.error.unknownIndicator");
		Report file = imports.fromFile("data-1086-changed.json", read("data-1086-changed.json"));
		assertThat(List.of(file.outcome().name(), file.changed())).containsExactly("IMPORTED", 1);
	}

	@Test
	void aDownloadedFileOfRegionsOrOfAnIndicatorsDescriptionIsImportedByItsShape() {
		assertThat(imports.fromFile("regions.json", read("regions.json")).outcome()).isEqualTo(Report.Outcome.IMPORTED);
		assertThat(imports.fromFile("1086.json", read("indicator-1086.json")).outcome()).isEqualTo(Report.Outcome.IMPORTED);
		assertThat(jdbc.sql("select title_en from insight.indicator where id = 1086").query(String.class).single()).startsWith("Children aged 0–17");
		Report data = imports.fromFile("data.json", read("data-1086.json"));
		assertThat(List.of(data.outcome().name(), data.added())).containsExactly("IMPORTED", 8);
		assertThat(imports.fromFile("object.json", "{\"rows\": []}".getBytes(StandardCharsets.UTF_8)).messageKey()).isEqualTo("indicators.error.shape");
	}

	@Test
	void anUnreachableSourceIsReportedAndTheLastGoodDataKept() {
		imports.fromSotkanet(List.of(1086), List.of(2024, 2025));
		down = true;
		data = "data-1086-changed.json";
		Report report = imports.fromSotkanet(List.of(1086), List.of(2024, 2025));
		assertThat(report.outcome()).isEqualTo(Report.Outcome.UNREACHABLE);
		assertThat(report.messageKey()).isEqualTo("indicators.error.unreachable");
		assertThat(report.arguments().get(1).toString()).contains("HTTP 503");
		assertThat(jdbc.sql("select count(*) from insight.indicator_value").query(Integer.class).single()).isEqualTo(8);
		assertThat(jdbc.sql("select value from insight.indicator_value where region = 5102 and year = 2024").query(String.class).single()).isEqualTo("5.1");
	}

	@Test
	void theAnalystImportsThroughTheApiOthersReadAndNoCountUnderFiveIsShown() throws Exception {
		String request = "{\"indicators\": [1086], \"years\": [2024, 2025]}";
		mvc.perform(post("/api/v1/insight/indicator-imports").contentType(MediaType.APPLICATION_JSON).content(request).with(csrf()).with(as(Role.COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/insight/indicator-imports").contentType(MediaType.APPLICATION_JSON).content(request).with(csrf()).with(as(Role.LEADERSHIP)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("IMPORTED"))
			.andExpect(jsonPath("$.added").value(8));
		mvc.perform(post("/api/v1/insight/indicator-imports").contentType(MediaType.APPLICATION_JSON).content("{\"indicators\": []}").with(csrf())
			.with(as(Role.LEADERSHIP))).andExpect(status().isUnprocessableContent());
		mvc.perform(multipart("/api/v1/insight/indicator-imports").file(new MockMultipartFile("file", "katkennut.json", "application/json",
				read("data-truncated.json"))).with(csrf()).with(as(Role.LEADERSHIP)).header("Accept-Language", "fi"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Tiedosto ei ole kelvollista JSONia tai se on katkennut")));
		mvc.perform(get("/api/v1/insight/indicators").with(as(Role.COORDINATOR)))
			.andExpect(jsonPath("$[0].id").value(1086))
			.andExpect(jsonPath("$[0].citation").value(org.hamcrest.Matchers.startsWith("Tilasto- ja indikaattoripankki Sotkanet. THL.")));
		mvc.perform(get("/api/v1/insight/indicators/1086/values").param("category", "KUNTA").param("year", "2025").with(as(Role.SUPERVISOR)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.region == 5102)].suppressed").value(true))
			.andExpect(jsonPath("$[?(@.region == 5102)].absValue").value(org.hamcrest.Matchers.contains((Object) null)))
			.andExpect(jsonPath("$[?(@.region == 5101)].absValue").value(1410));
		mvc.perform(get("/api/v1/insight/indicators").with(as(Role.RESPONSIBLE_WORKER))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(Role role) {
		return user(users.loadUserByUsername(InsightRegion.username(role)));
	}

	private static byte[] read(String file) {
		try {
			return Files.readAllBytes(FILES.resolve(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Serves the files as Sotkanet's API would: regions, an indicator's metadata, and the data of the current file. */
	private static HttpServer sotkanet() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/rest/1.1/", exchange -> {
				String path = exchange.getRequestURI().getPath();
				String file = path.endsWith("/regions") ? "regions.json"
						: path.matches(".*/indicators/\\d+") ? "indicator-" + path.substring(path.lastIndexOf('/') + 1) + ".json" : data;
				if (path.endsWith("/json")) {
					QUERIES.add(exchange.getRequestURI().getRawQuery());
				}
				byte[] body = down ? "Service Unavailable".getBytes(StandardCharsets.UTF_8) : read(file);
				exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
				exchange.sendResponseHeaders(down ? 503 : 200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
