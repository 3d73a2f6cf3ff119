package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.network.Network;
import fi.yhdessa.testing.DatabaseOwner;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Oversight through the API: the auditor's reading of the log, break-glass access and its review, and a tampered log found. */
@CaseworkTest
@AutoConfigureMockMvc
class CaseworkOversightIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	AccessLog accessLog;

	@Autowired
	Network network;

	ApiCalls api;

	@BeforeEach
	void calls() {
		api = new ApiCalls(mvc, users, network, jdbc);
	}

	@Test
	void theAuditorReadsACasesAccessLogButNotTheCaseAndTheSupervisorSeesTheUnitsCases() throws Exception {
		UUID caseId = api.open("worker", "Auditointi");
		api.call(get("/api/v1/cases/" + caseId), "worker").andExpect(status().isOk());
		JsonNode log = ApiCalls.json(api.call(get("/api/v1/cases/" + caseId + "/access-log"), "auditor").andExpect(status().isOk()));
		assertThat(log.at("/items").valueStream().map(e -> e.at("/entry/actor").asString())).contains("worker").doesNotContain("auditor");
		// A read is logged as it commits: the auditor's first read shows in the next one.
		log = ApiCalls.json(api.call(get("/api/v1/cases/" + caseId + "/access-log"), "auditor").andExpect(status().isOk()));
		assertThat(log.at("/items").valueStream().map(e -> e.at("/entry/actor").asString())).contains("worker", "auditor");
		api.call(get("/api/v1/cases/" + caseId), "auditor").andExpect(status().isNotFound());
		api.call(get("/api/v1/cases/" + caseId), "supervisor").andExpect(status().isOk());
		api.call(post("/api/v1/cases/" + caseId + "/journal").content("{\"body\": \"Esihenkilön merkintä.\"}"), "supervisor").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/worklist").param("team", "true").with(httpBasic("supervisor", "demo"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.cases.total").isNumber());
	}

	@Test
	void onlyTheAuditorSearchesTheWholeLogAndTheSearchIsLoggedToo() throws Exception {
		UUID caseId = api.open("worker", "Haku");
		api.call(get("/api/v1/cases/" + caseId), "worker").andExpect(status().isOk());
		JsonNode found = ApiCalls.json(api.call(get("/api/v1/access-log").param("recordId", caseId.toString()).param("action", "READ"), "auditor").andExpect(status().isOk()));
		assertThat(found.at("/items").valueStream().map(e -> e.at("/entry/actor").asString())).containsExactly("worker");
		api.call(get("/api/v1/access-log"), "worker").andExpect(status().isForbidden());
		api.call(get("/api/v1/access-log/verification"), "auditor").andExpect(status().isOk()).andExpect(jsonPath("$.chain.brokenAt").isEmpty())
			.andExpect(jsonPath("$.intact").value(true));
		assertThat(jdbc.sql("select record_kind from consent.access_log where actor = 'auditor' order by sequence desc limit 1").query(String.class).single())
			.isEqualTo("consent.access-log");
	}

	@Test
	void breakGlassNeedsAReasonOpensTheCaseAndWaitsForTheSupervisorsReview() throws Exception {
		UUID caseId = api.open("worker", "Hätä");
		String reference = jdbc.sql("select reference from casework.client_case where id = :id").param("id", caseId).query(String.class).single();
		api.call(get("/api/v1/cases/" + caseId), "worker2").andExpect(status().isNotFound());
		api.call(post("/api/v1/break-glass").content("{\"reference\": \"%s\", \"reason\": \"lyhyt\"}".formatted(reference)), "worker2")
			.andExpect(status().isUnprocessableContent());
		api.call(post("/api/v1/break-glass").content("{\"reference\": \"%s\", \"reason\": \"Sosiaalipäivystys: lapsi tavattu yöllä yksin.\"}".formatted(reference)),
				"worker2").andExpect(status().isCreated());
		api.call(get("/api/v1/cases/" + caseId), "worker2").andExpect(status().isOk());
		assertThat(jdbc.sql("select basis from consent.access_log where actor = 'worker2' and action = 'READ' order by sequence desc limit 1").query(String.class).single())
			.isEqualTo("break-glass access: Sosiaalipäivystys: lapsi tavattu yöllä yksin.");
		JsonNode list = ApiCalls.json(api.call(get("/api/v1/worklist"), "supervisor"));
		assertThat(list.at("/items/items").valueStream().filter(i -> i.at("/caseId").asString().equals(caseId.toString())).map(i -> i.at("/kind").asString()))
			.contains("BREAK_GLASS_REVIEW");
		api.call(post("/api/v1/break-glass").content("{\"reference\": \"%s\", \"reason\": \"Järjestön työntekijä yrittää.\"}".formatted(reference)), "ngo")
			.andExpect(status().isNotFound());

		// Only the supervisor reviews the use; then it leaves the worklist.
		UUID use = jdbc.sql("select id from casework.break_glass where case_id = :case").param("case", caseId).query(UUID.class).single();
		api.call(post("/api/v1/break-glass/" + use + "/review"), "worker").andExpect(status().isForbidden());
		api.call(post("/api/v1/break-glass/" + use + "/review"), "ngo").andExpect(status().isNotFound());
		api.call(post("/api/v1/break-glass/" + use + "/review"), "supervisor").andExpect(status().isNoContent());
		assertThat(jdbc.sql("select reviewed_by from casework.break_glass where id = :id").param("id", use).query(String.class).single()).isEqualTo("supervisor");
		list = ApiCalls.json(api.call(get("/api/v1/worklist"), "supervisor"));
		assertThat(list.at("/items/items").valueStream().filter(i -> i.at("/caseId").asString().equals(caseId.toString())).map(i -> i.at("/kind").asString()))
			.doesNotContain("BREAK_GLASS_REVIEW");
	}

	@Test
	void aChangedAccessLogEntryOfACaseReadIsFoundByTheVerification() throws Exception {
		UUID caseId = api.open("worker", "Peukalointi");
		api.call(get("/api/v1/cases/" + caseId), "worker").andExpect(status().isOk());
		long sequence = jdbc.sql("select max(sequence) from consent.access_log where record_id = :id").param("id", caseId.toString()).query(Long.class).single();
		assertThat(accessLog.verify().intact()).isTrue();
		JdbcClient owner = DatabaseOwner.sql(flyway);
		String actor = owner.sql("select actor from consent.access_log where sequence = :sequence").param("sequence", sequence).query(String.class).single();
		owner.sql("alter table consent.access_log disable trigger access_log_is_append_only").update();
		owner.sql("update consent.access_log set actor = 'someone-else' where sequence = :sequence").param("sequence", sequence).update();
		AccessLog.Verification tampered = accessLog.verify();
		owner.sql("update consent.access_log set actor = :actor where sequence = :sequence").param("actor", actor).param("sequence", sequence).update();
		owner.sql("alter table consent.access_log enable trigger access_log_is_append_only").update();
		assertThat(tampered.intact()).isFalse();
		assertThat(tampered.brokenAt()).isEqualTo(sequence);
		assertThat(accessLog.verify().intact()).isTrue();
	}
}
