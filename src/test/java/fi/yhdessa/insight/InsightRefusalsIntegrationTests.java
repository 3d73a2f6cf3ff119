package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Deny by default: every role but leadership, coordinators and supervisors is refused every page,
 * CSV and API answer of insight; coordinators and supervisors read but do not keep unit costs,
 * the classification or scenarios; nobody signed out gets anything.
 */
@InsightTest
class InsightRefusalsIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.LEADERSHIP, Role.COORDINATOR, Role.SUPERVISOR);
	static final List<String> READS = List.of("/insight", "/insight/costs", "/insight/effectiveness", "/insight/scenarios",
			"/insight/service-flow/contacts.csv", "/api/v1/insight/service-flow", "/api/v1/insight/service-flow.csv", "/api/v1/insight/costs",
			"/api/v1/insight/costs.csv", "/api/v1/insight/effectiveness", "/api/v1/insight/effectiveness.csv", "/api/v1/insight/scenarios");
	static final String SCENARIO = """
			{"name": "Kokeilu", "assumptions": {"families": 100, "wouldNeedCorrective": 10, "placed": 20, "openCareMonths": 12, "openCareMonthCost": 1400,
			"placementDays": 180, "placementDayCost": 480, "earlyVisits": 10, "earlyVisitCost": 160, "years": 5}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void region() {
		InsightRegion.register(network, accounts);
	}

	@Test
	void everyRoleWithoutAccessIsRefusedEveryPageCsvAndApiAnswer() throws Exception {
		List<String> refusals = new ArrayList<>();
		for (Role role : EnumSet.complementOf(EnumSet.copyOf(READERS))) {
			for (RequestBuilder request : everything()) {
				int status = mvc.perform(as(request, role)).andReturn().getResponse().getStatus();
				if (status != 403) {
					refusals.add(role + " " + describe(request) + " -> " + status);
				}
			}
		}
		assertThat(refusals).as("requests not refused").isEmpty();
	}

	@Test
	void coordinatorsAndSupervisorsReadButKeepNothing() throws Exception {
		for (Role role : List.of(Role.COORDINATOR, Role.SUPERVISOR)) {
			for (String read : READS) {
				assertThat(mvc.perform(as(get(read), role)).andReturn().getResponse().getStatus()).as(role + " " + read).isEqualTo(200);
			}
			for (RequestBuilder keep : keeping()) {
				assertThat(mvc.perform(as(keep, role)).andReturn().getResponse().getStatus()).as(role + " " + describe(keep)).isEqualTo(403);
			}
		}
		assertThat(mvc.perform(as(get("/insight/settings"), Role.LEADERSHIP)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(as(post("/api/v1/insight/scenarios").contentType(MediaType.APPLICATION_JSON).content(SCENARIO).with(csrf()), Role.LEADERSHIP))
			.andReturn().getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void nobodySignedOutGetsAnything() throws Exception {
		for (String read : READS) {
			int status = mvc.perform(get(read)).andReturn().getResponse().getStatus();
			assertThat(status).as(read).isIn(401, 302);
		}
	}

	private List<RequestBuilder> everything() {
		List<RequestBuilder> all = new ArrayList<>();
		READS.forEach(read -> all.add(get(read)));
		all.add(get("/insight/settings"));
		all.addAll(keeping());
		return all;
	}

	private static List<RequestBuilder> keeping() {
		return List.of(post("/api/v1/insight/scenarios").contentType(MediaType.APPLICATION_JSON).content(SCENARIO).with(csrf()),
				post("/insight/scenarios").param("name", "Kokeilu").with(csrf()),
				post("/insight/settings/unit-costs").param("item", "FAMILY_WORK").param("basis", "CASE_MONTH").param("amount", "900").with(csrf()),
				post("/insight/settings/unit-costs/remove").param("item", "SCHOOL").with(csrf()),
				post("/insight/settings/classification").param("tier.SCHOOL", "CORRECTIVE").with(csrf()), post("/insight/settings/rebuild").with(csrf()),
				get("/insight/settings"));
	}

	private RequestBuilder as(RequestBuilder request, Role role) {
		var builder = (MockHttpServletRequestBuilder) request;
		return builder.with(user(users.loadUserByUsername(InsightRegion.username(role))));
	}

	private static String describe(RequestBuilder request) {
		var built = request.buildRequest(new MockServletContext());
		return built.getMethod() + " " + built.getRequestURI();
	}
}
