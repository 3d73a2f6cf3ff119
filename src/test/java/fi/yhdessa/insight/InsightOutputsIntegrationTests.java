package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.store.FactStore;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * No output of insight — page, table fragment, chart data, CSV or API — shows a count of 1 to 4 or
 * lets one be worked out from a total: checked on a region whose small municipalities have small
 * counts, for every section, with filters, drill-down and comparison, as each role that may look.
 */
@InsightTest
class InsightOutputsIntegrationTests {

	static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 10);
	static final String PERIOD = "from=2026-08&to=2026-10";
	static final List<String> QUERIES = List.of(PERIOD, PERIOD + "&municipality=" + InsightRegion.SMALL_NORTH, PERIOD + "&area=test-south",
			PERIOD + "&unit=" + InsightRegion.CLINIC_SMALL.id().value(), PERIOD + "&compareFrom=2026-09&compareTo=2026-09",
			PERIOD + "&serviceKind=CHILD_HEALTH_CLINIC&channel=VIDEO", PERIOD + "&ageGroup=AGE_3_6&language=sv");
	static final List<String> SECTIONS = List.of("service-flow", "costs", "effectiveness");
	static final JsonMapper JSON = JsonMapper.builder().build();
	static boolean recorded;

	@Autowired
	MockMvc mvc;

	@Autowired
	FactStore store;

	@Autowired
	FigureCache cache;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void smallCountsInSmallMunicipalities() {
		InsightRegion.register(network, accounts);
		if (recorded) {
			return;
		}
		recorded = true;
		record(30, FactKind.CONTACT_RECEIVED, InsightRegion.GUIDANCE, InsightRegion.BIG_NORTH, "PHONE", true);
		record(3, FactKind.CONTACT_RECEIVED, InsightRegion.GUIDANCE, InsightRegion.SMALL_NORTH, "VIDEO", true);
		record(2, FactKind.CONTACT_RECEIVED, InsightRegion.GUIDANCE, InsightRegion.SMALL_SOUTH, "MESSAGE", true);
		record(12, FactKind.CONTACT_RECEIVED, InsightRegion.GUIDANCE, InsightRegion.BIG_SOUTH, "MESSAGE", true);
		record(28, FactKind.CONTACT_ANSWERED, InsightRegion.GUIDANCE, InsightRegion.BIG_NORTH, "PHONE", true);
		record(3, FactKind.CONTACT_ANSWERED, InsightRegion.GUIDANCE, InsightRegion.BIG_NORTH, "PHONE", false);
		record(3, FactKind.CONTACT_ANSWERED, InsightRegion.GUIDANCE, InsightRegion.SMALL_NORTH, "VIDEO", true);
		record(20, FactKind.APPOINTMENT_ATTENDED, InsightRegion.CLINIC_NORTH, null, "IN_PERSON", null);
		record(4, FactKind.APPOINTMENT_ATTENDED, InsightRegion.CLINIC_NORTH, null, "VIDEO", null);
		record(3, FactKind.APPOINTMENT_ATTENDED, InsightRegion.CLINIC_SMALL, null, "HOME_VISIT", null);
		record(10, FactKind.NOTIFICATION_DECIDED, InsightRegion.INTAKE_NORTH, InsightRegion.BIG_NORTH, null, true);
		record(1, FactKind.NOTIFICATION_DECIDED, InsightRegion.INTAKE_NORTH, InsightRegion.BIG_NORTH, null, false);
		record(4, FactKind.NOTIFICATION_DECIDED, InsightRegion.INTAKE_SOUTH, InsightRegion.SMALL_SOUTH, null, true);
		record(2, FactKind.NOTIFICATION_DECIDED, InsightRegion.INTAKE_SOUTH, InsightRegion.SMALL_SOUTH, null, false);
		record(9, FactKind.CASE_OPENED, InsightRegion.SOCIAL_WORK_NORTH, InsightRegion.BIG_NORTH, null, null);
		record(2, FactKind.CASE_OPENED, InsightRegion.INTAKE_SOUTH, InsightRegion.SMALL_SOUTH, null, null);
		record(6, FactKind.HANDOFF_ACCEPTED, InsightRegion.COUNSELLING, InsightRegion.BIG_NORTH, null, null);
		record(2, FactKind.HANDOFF_DECLINED, InsightRegion.COUNSELLING, InsightRegion.SMALL_NORTH, null, null);
		record(4, FactKind.HANDOFF_COMPLETED, InsightRegion.COUNSELLING, InsightRegion.BIG_NORTH, null, null);
		for (int goal = 0; goal < 8; goal++) {
			rate(FactKind.GOAL_ATTAINMENT_RATED, goal < 3 ? InsightRegion.INTAKE_SOUTH : InsightRegion.SOCIAL_WORK_NORTH, goal);
			rate(FactKind.EVERYDAY_LIFE_RATED, goal < 3 ? InsightRegion.INTAKE_SOUTH : InsightRegion.SOCIAL_WORK_NORTH, goal);
		}
		cache.refresh();
	}

	@Test
	void noApiAnswerShowsACountUnderFiveOrLetsOneBeWorkedOut() throws Exception {
		for (Role role : List.of(Role.LEADERSHIP, Role.COORDINATOR, Role.SUPERVISOR)) {
			for (String section : SECTIONS) {
				for (String query : QUERIES) {
					String where = role + " /api/v1/insight/" + section + "?" + query;
					MvcResult result = mvc.perform(get("/api/v1/insight/" + section + "?" + query).with(as(role))).andReturn();
					if (outsideScope(role, query)) {
						assertThat(result.getResponse().getStatus()).as(where).isEqualTo(403);
						continue;
					}
					assertThat(result.getResponse().getStatus()).as(where).isEqualTo(200);
					for (JsonNode table : JSON.readTree(result.getResponse().getContentAsString()).get("tables")) {
						SmallCountChecks.assertNothingSmallRevealed(fromJson(table), where);
					}
				}
			}
		}
	}

	@Test
	void noApiCsvShowsACountUnderFive() throws Exception {
		for (String section : SECTIONS) {
			for (String query : QUERIES) {
				String where = "/api/v1/insight/" + section + ".csv?" + query;
				MvcResult result = mvc.perform(get(where).with(as(Role.LEADERSHIP))).andReturn();
				assertThat(result.getResponse().getStatus()).as(where).isEqualTo(200);
				String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
				assertThat(body).startsWith("\uFEFF");
				List<Map<String, String>> rows = csv(body.substring(1));
				assertThat(rows).as(where).isNotEmpty();
				for (Map<String, String> row : rows) {
					if (row.get("measure").equals("COUNT") && !row.get("value").isEmpty() && !row.get("value").equals("<5")) {
						assertThat(Double.parseDouble(row.get("value").replace(',', '.'))).as(where + " " + row).matches(v -> v == 0 || v >= 5);
					}
				}
			}
		}
	}

	@Test
	void noPageTableOrChartShowsACountUnderFiveOrLetsOneBeWorkedOut() throws Exception {
		for (Role role : List.of(Role.LEADERSHIP, Role.COORDINATOR, Role.SUPERVISOR)) {
			for (String section : SECTIONS) {
				for (String query : QUERIES) {
					String path = ("service-flow".equals(section) ? "/insight" : "/insight/" + section) + "?" + query;
					MvcResult result = mvc.perform(get(path).with(as(role))).andReturn();
					if (outsideScope(role, query)) {
						assertThat(result.getResponse().getStatus()).as(role + " " + path).isEqualTo(403);
						continue;
					}
					assertThat(result.getResponse().getStatus()).as(role + " " + path).isEqualTo(200);
					Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
					for (Element table : page.select("table.figures")) {
						SmallCountChecks.assertNothingSmallRevealed(fromHtml(table), role + " " + path);
					}
					for (Element chart : page.select(".chart[data-chart]")) {
						String figure = chart.closest("section.figure").id();
						JsonNode data = JSON.readTree(chart.attr("data-chart"));
						if (data.get("measure").asString().equals("COUNT")) {
							for (JsonNode series : data.get("series")) {
								for (JsonNode value : series.get("values")) {
									assertThat(value.isNull() || value.asDouble() == 0 || value.asDouble() >= 5).as("%s chart %s", path, figure).isTrue();
								}
							}
						}
					}
				}
			}
		}
	}

	@Test
	void eachTablesCsvIsTheTableAsShownWithItsHiddenCountsHidden() throws Exception {
		for (String section : SECTIONS) {
			for (String query : List.of(PERIOD, PERIOD + "&municipality=" + InsightRegion.SMALL_SOUTH)) {
				JsonNode answer = JSON.readTree(mvc.perform(get("/api/v1/insight/" + section + "?" + query).with(as(Role.LEADERSHIP))).andReturn()
					.getResponse().getContentAsString());
				for (JsonNode table : answer.get("tables")) {
					String path = "/insight/" + section + "/" + table.get("id").asString() + ".csv?" + query;
					MvcResult result = mvc.perform(get(path).with(as(Role.LEADERSHIP))).andReturn();
					assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
					List<List<String>> rows = rows(result.getResponse().getContentAsString(StandardCharsets.UTF_8).substring(1));
					SmallCountChecks.Table shown = fromJson(table);
					List<List<SmallCountChecks.Shown>> lines = new ArrayList<>(shown.lines());
					if (shown.total() != null) {
						lines.add(shown.total());
					}
					assertThat(rows).as(path).hasSize(lines.size() + 1);
					for (int l = 0; l < lines.size(); l++) {
						for (int c = 0; c < shown.measures().size(); c++) {
							SmallCountChecks.Shown cell = lines.get(l).get(c);
							String written = rows.get(l + 1).get(c + 1);
							if (cell.hidden()) {
								assertThat(written).as(path).isEqualTo("<5");
							}
							else if (cell.value() == null) {
								assertThat(written).as(path).isEmpty();
							}
						}
					}
				}
			}
		}
	}

	/** The coordinator sees the northern area, the supervisor the southern family social work: another area or unit is refused. */
	private static boolean outsideScope(Role role, String query) {
		return role == Role.COORDINATOR && query.contains("area=test-south")
				|| role == Role.SUPERVISOR && query.contains("unit=") && !query.contains(InsightRegion.SOCIAL_WORK_SOUTH.id().value().toString());
	}

	private void record(int count, FactKind kind, Unit unit, String municipality, String channel, Boolean onTime) {
		for (int i = 0; i < count; i++) {
			Fact.Builder fact = FactMother.fact(kind, SEPTEMBER.plusDays(i % 10), unit).channel(channel).onTime(onTime).ageGroup("AGE_3_6").language("sv")
				.value(kind == FactKind.CASE_OPENED ? 21 : i % 3).family(FactMother.key(i)).subject(FactMother.key(5_000 + i));
			if (municipality != null) {
				fact.municipality(municipality);
			}
			if (kind == FactKind.CASE_OPENED) {
				fact.serviceKind(unit.kind().name().equals("CHILD_WELFARE") ? "CHILD_WELFARE_OPEN_CARE" : "FAMILY_WORK");
			}
			store.record(FactMother.build(fact));
		}
	}

	private void rate(FactKind kind, Unit unit, int n) {
		boolean goal = kind == FactKind.GOAL_ATTAINMENT_RATED;
		byte[] subject = FactMother.key(9_000 + n + (goal ? 0 : 100));
		String kindOfCase = unit.kind().name().equals("CHILD_WELFARE") ? "CHILD_WELFARE_OPEN_CARE" : "FAMILY_WORK";
		store.record(FactMother.build(FactMother.fact(kind, SEPTEMBER, unit).serviceKind(kindOfCase).detail(goal ? "AGREEMENT" : "START")
			.value(goal ? -1 : 3).family(FactMother.key(700 + n)).subject(subject)));
		store.record(FactMother.build(FactMother.fact(kind, SEPTEMBER.plusDays(20), unit).serviceKind(kindOfCase).detail(goal ? "REVIEW" : "END")
			.value(goal ? 1 : 7).family(FactMother.key(700 + n)).subject(subject)));
	}

	private RequestPostProcessor as(Role role) {
		return user(users.loadUserByUsername(InsightRegion.username(role)));
	}

	static SmallCountChecks.Table fromJson(JsonNode table) {
		List<String> measures = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		table.get("columns").forEach(c -> {
			measures.add(c.get("measure").asString());
			keys.add(c.get("key").asString());
		});
		List<List<SmallCountChecks.Shown>> lines = new ArrayList<>();
		table.get("lines").forEach(line -> lines.add(cells(line)));
		return new SmallCountChecks.Table(table.get("id").asString(), measures, keys, lines, table.get("total").isNull() ? null : cells(table.get("total")));
	}

	private static List<SmallCountChecks.Shown> cells(JsonNode line) {
		List<SmallCountChecks.Shown> cells = new ArrayList<>();
		line.get("cells").forEach(cell -> cells.add(new SmallCountChecks.Shown(cell.get("value").isNull() ? null : cell.get("value").asDouble(),
				cell.get("suppressed").asBoolean())));
		return cells;
	}

	/** A table of a page: each cell's measure and column from its data attributes, its text as shown. */
	static SmallCountChecks.Table fromHtml(Element table) {
		List<String> measures = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		table.select("tbody tr").first().select("td").forEach(td -> {
			measures.add(td.attr("data-measure"));
			keys.add(td.attr("data-column"));
		});
		List<List<SmallCountChecks.Shown>> lines = new ArrayList<>();
		table.select("tbody tr").forEach(tr -> lines.add(shown(tr)));
		Element total = table.selectFirst("tfoot tr");
		return new SmallCountChecks.Table(table.closest("section").id(), measures, keys, lines, total == null ? null : shown(total));
	}

	private static List<SmallCountChecks.Shown> shown(Element row) {
		List<SmallCountChecks.Shown> cells = new ArrayList<>();
		for (Element td : row.select("td")) {
			String text = td.text().strip();
			if (text.equals("<5")) {
				cells.add(new SmallCountChecks.Shown(null, true));
			}
			else if (text.equals("–") || td.attr("data-measure").equals("DAYS")) {
				cells.add(new SmallCountChecks.Shown(null, false));
			}
			else {
				cells.add(new SmallCountChecks.Shown(Double.parseDouble(text.replaceAll("[\\s\\u00a0\\u202f€%]", "").replace('−', '-').replace(',', '.')), false));
			}
		}
		return cells;
	}

	private static List<Map<String, String>> csv(String text) throws Exception {
		try (var iterator = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader().withColumnSeparator(';'))
			.<Map<String, String>>readValues(text)) {
			return iterator.readAll();
		}
	}

	private static List<List<String>> rows(String text) throws Exception {
		try (var iterator = new CsvMapper().readerFor(List.class).with(CsvSchema.emptySchema().withColumnSeparator(';'))
			.with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY).<List<String>>readValues(text)) {
			return iterator.readAll();
		}
	}
}
