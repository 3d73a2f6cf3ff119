package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.insight.indicators.IndicatorImports;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The welfare plan and the welfare report on insight's small region with indicator 1086 from
 * Sotkanet's own format: the steering group keeps the plan, the network reads it, the public reads
 * the adopted one; the report comes as a tagged PDF in Finnish and Swedish and as CSV, never with a
 * count under five.
 */
@InsightTest
class WelfarePlanIntegrationTests {

	private static final Path FILES = Path.of("src/test/resources/sotkanet");
	/** A lone 1–4 in the text: not part of a longer number, a decimal, a date, a range or a grouped thousand, nor a label's "1 arkipäivä". */
	private static final Pattern SMALL_COUNT = Pattern.compile("(?<![\\d,./–−+-]|\\d[\u00a0\u202f])[1-4](?![\\d,./–…]|[\u00a0\u202f]\\d|\\s+[/\\p{L}])");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	IndicatorImports imports;

	@Autowired
	UserDetailsService users;

	private UUID steering;

	@BeforeEach
	void fresh() throws IOException {
		InsightRegion.register(network, accounts);
		jdbc.sql("delete from insight.plan_measure").update();
		jdbc.sql("delete from insight.priority_indicator").update();
		jdbc.sql("delete from insight.plan_priority").update();
		jdbc.sql("delete from insight.welfare_plan").update();
		jdbc.sql("delete from insight.indicator_value").update();
		assertThat(imports.fromDocuments("test", read("regions.json"), List.of(read("indicator-1086.json"), read("indicator-2001.json")),
				List.of(read("data-1086.json"), read("data-2001.json"))).outcome()).isEqualTo(IndicatorImports.Report.Outcome.IMPORTED);
		steering = SteeringGroup.withMember(jdbc, accounts, InsightRegion.username(Role.LEADERSHIP));
	}

	@Test
	void theSteeringGroupSetsAPriorityWithTwoIndicatorsAndTargetsAndAdoptsThePlanForThePublic() throws Exception {
		String plan = created(mvc.perform(post("/insight/welfare-plans").with(csrf()).with(as(Role.LEADERSHIP)).param("titleFi", "Hyvinvointisuunnitelma 2026–2029")
			.param("titleSv", "Välfärdsplan 2026–2029").param("firstYear", "2026").param("lastYear", "2029")).andReturn());
		String priority = created(mvc.perform(post("/insight/welfare-plans/{id}/priorities", plan).with(csrf()).with(as(Role.LEADERSHIP))
			.param("titleFi", "Mielen hyvinvointi").param("titleSv", "Psykiskt välbefinnande").param("ownerGroup", steering.toString())).andReturn());
		mvc.perform(post("/insight/welfare-plans/{id}/priorities/{p}/indicators", plan, priority).with(csrf()).with(as(Role.LEADERSHIP)).param("indicator", "1086")
			.param("baseline", "6,4").param("baselineYear", "2024").param("target", "5,5").param("targetYear", "2029").param("direction", "DOWN"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/insight/welfare-plans/{id}/priorities/{p}/indicators", plan, priority).with(csrf()).with(as(Role.LEADERSHIP)).param("indicator", "2001")
			.param("baseline", "70").param("baselineYear", "2022").param("target", "80").param("targetYear", "2029").param("direction", "UP")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/insight/welfare-plans")).andExpect(jsonPath("$.length()").value(0));

		mvc.perform(post("/insight/welfare-plans/{id}/adopt", plan).with(csrf()).with(as(Role.LEADERSHIP))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/insight/welfare-plans").param("lang", "sv"))
			.andExpect(jsonPath("$[0].title").value("Välfärdsplan 2026–2029"))
			.andExpect(jsonPath("$[0].priorities[0].indicators.length()").value(2))
			.andExpect(jsonPath("$[0].priorities[0].indicators[0].latest").value(6.4))
			.andExpect(jsonPath("$[0].priorities[0].indicators[0].standing").value("NOT_IMPROVING"))
			.andExpect(jsonPath("$[0].priorities[0].indicators[1].standing").value("IMPROVING"));
		mvc.perform(post("/insight/welfare-plans/{id}/priorities/{p}", plan, priority).with(csrf()).with(as(Role.LEADERSHIP)).param("version", "0")
			.param("titleFi", "Mielen hyvinvointi ja yksinäisyys").param("titleSv", "Psykiskt välbefinnande").param("ownerGroup", steering.toString()))
			.andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("outcome", "welfarePlan.prioritySaved"));
		mvc.perform(post("/insight/welfare-plans/{id}/priorities/{p}", plan, priority).with(csrf()).with(as(Role.LEADERSHIP)).param("version", "0")
			.param("titleFi", "Vanhasta versiosta").param("ownerGroup", steering.toString()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refusal", "welfarePlan.error.stale"));
		mvc.perform(get("/welfare-plan")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Mielen hyvinvointi ja yksinäisyys")));
		mvc.perform(get("/insight/welfare-plans/{id}", plan).with(as(Role.RESPONSIBLE_WORKER))).andExpect(status().isOk());
	}

	@Test
	void onlyTheSteeringGroupKeepsThePlanAndATypedMistakeComesBackWithItsMessageAndTheText() throws Exception {
		mvc.perform(post("/insight/welfare-plans").with(csrf()).with(as(Role.COORDINATOR)).param("titleFi", "Oma suunnitelma").param("firstYear", "2026")
			.param("lastYear", "2029")).andExpect(status().isForbidden());
		mvc.perform(post("/insight/welfare-plans").with(csrf()).with(as(Role.LEADERSHIP)).param("lang", "fi").param("titleFi", "Suunnitelma")
			.param("firstYear", "2029").param("lastYear", "kaksituhatta"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Anna vuosi nelinumeroisena")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"kaksituhatta\"")));
		String plan = created(mvc.perform(post("/insight/welfare-plans").with(csrf()).with(as(Role.LEADERSHIP)).param("titleFi", "Suunnitelma")
			.param("firstYear", "2026").param("lastYear", "2029")).andReturn());
		String priority = created(mvc.perform(post("/insight/welfare-plans/{id}/priorities", plan).with(csrf()).with(as(Role.LEADERSHIP))
			.param("titleFi", "Päihteet").param("ownerGroup", steering.toString())).andReturn());
		mvc.perform(post("/insight/welfare-plans/{id}/priorities/{p}/indicators", plan, priority).with(csrf()).with(as(Role.LEADERSHIP))
			.param("lang", "en").param("indicator", "1086").param("baseline", "6,4").param("baselineYear", "2024").param("target", "7")
			.param("targetYear", "2029").param("direction", "DOWN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The target lies the wrong way from the baseline.")));
		mvc.perform(post("/insight/welfare-plans/{id}/adopt", plan).with(csrf()).with(as(Role.LEADERSHIP))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/insight/welfare-plans")).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/insight/welfare-plans").with(as(Role.COORDINATOR))).andExpect(jsonPath("$[0].state").value("DRAFT"));
		mvc.perform(get("/insight/welfare-plans").with(user(users.loadUserByUsername("insight-resident")))).andExpect(status().isForbidden());
	}

	@Test
	void theReportIsATaggedPdfInFinnishAndSwedishWithThePlanAndItsFiguresAndNoCountUnderFive() throws Exception {
		theSteeringGroupSetsAPriorityWithTwoIndicatorsAndTargetsAndAdoptsThePlanForThePublic();
		for (String language : List.of("fi", "sv")) {
			byte[] pdf = mvc.perform(get("/api/v1/insight/welfare-report").param("period", "2025").param("language", language).accept("application/pdf")
				.with(as(Role.LEADERSHIP))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
				assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
				assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains(language.equals("fi") ? "Hyvinvointikertomus 2025" : "Välfärdsberättelse 2025")
					.contains(language.equals("fi") ? "Mielen hyvinvointi" : "Psykiskt välbefinnande")
					.contains("6,4").contains("5,5").contains("(2029)").contains("<5");
				assertThat(text).as("the values about three and two people").doesNotContain("0,4").doesNotContain("40,0");
				List<String> lines = text.lines().filter(line -> !line.matches("\\d+ / \\d+")).toList();
				for (int i = 0; i < lines.size(); i++) {
					assertThat(smallCountIn(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : ""))
						.as("a count of 1–4 in '%s' after '%s' before '%s'", lines.get(i), String.join(" | ", lines.subList(Math.max(0, i - 3), i)),
							String.join(" | ", lines.subList(i + 1, Math.min(lines.size(), i + 4)))).isFalse();
				}
			}
		}
		String csv = mvc.perform(get("/api/v1/insight/welfare-report").param("period", "2025").accept("text/csv").with(as(Role.LEADERSHIP)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFtable;title;line;line_label;column;column_label;measure;value").contains("<5").doesNotContain("\"0,4\"").doesNotContain("\"40,0\"");
	}

	@Test
	void aCoordinatorReportsOnTheirOwnAreaAndABadPeriodIsAnsweredPlainly() throws Exception {
		mvc.perform(get("/api/v1/insight/welfare-report").param("area", "test-south").accept("application/pdf").with(as(Role.COORDINATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/insight/welfare-report").accept("text/csv").with(as(Role.COORDINATOR)))
			.andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
		mvc.perform(get("/api/v1/insight/welfare-report").with(as(Role.LEADERSHIP)))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/api/v1/insight/welfare-report").param("period", "2099").accept("application/pdf").with(as(Role.LEADERSHIP))
			.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The report cannot be made")));
		mvc.perform(get("/api/v1/insight/welfare-report").accept("application/pdf").with(as(Role.SUPERVISOR))).andExpect(status().isForbidden());
	}

	@Test
	void theOpenApiDescribesTheIndicatorsThePlansAndTheReport() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(docs).contains("\"/api/v1/insight/indicators\"", "\"/api/v1/insight/indicators/{id}/values\"", "\"/api/v1/insight/indicator-imports\"",
				"\"/api/v1/insight/welfare-plans\"", "\"/api/v1/insight/welfare-report\"", "application/pdf", "text/csv");
	}

	/** Whether the line has a lone 1–4 that is no label's number: one a word follows, on the same line or, wrapped, on the next. */
	private static boolean smallCountIn(String line, String next) {
		var found = SMALL_COUNT.matcher(line + "\n" + next);
		while (found.find()) {
			if (found.start() < line.length()) {
				return true;
			}
		}
		return false;
	}

	private static String created(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("redirected to what was made").isNotNull();
		String[] parts = location.split("[/#]");
		for (int i = parts.length - 1; i >= 0; i--) {
			if (parts[i].matches("[0-9a-f-]{36}")) {
				return parts[i];
			}
		}
		throw new AssertionError("no id in " + location);
	}

	private RequestPostProcessor as(Role role) {
		return user(users.loadUserByUsername(InsightRegion.username(role)));
	}

	private static byte[] read(String file) throws IOException {
		return Files.readAllBytes(FILES.resolve(file));
	}
}
