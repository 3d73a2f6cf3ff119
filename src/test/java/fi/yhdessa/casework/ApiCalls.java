package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.SignedInUser;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The casework API called as a demo account would, for the API tests. */
record ApiCalls(MockMvc mvc, UserDetailsService users, Network network, JdbcClient jdbc) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Opens a case for a new synthetic family as the user, and returns its id. */
	UUID open(String username, String family) throws Exception {
		Commands.OpenCase command = Families.family(family);
		return created(call(post("/api/v1/cases").content(JSON.writeValueAsString(command)), username).andExpect(status().isCreated()));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(users.loadUserByUsername(username))).with(csrf()));
	}

	static UUID created(ResultActions result) throws Exception {
		JsonNode body = json(result);
		assertThat(body.has("id")).as("created: %s", body).isTrue();
		return UUID.fromString(body.get("id").asString());
	}

	static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	SignedInUser account(String username) {
		return (SignedInUser) users.loadUserByUsername(username);
	}

	String counselling() {
		return network.units(UnitKind.FAMILY_COUNSELLING).getFirst().id().value().toString();
	}

	long logSize() {
		return jdbc.sql("select count(*) from consent.access_log").query(Long.class).single();
	}

	long denials() {
		return jdbc.sql("select count(*) from consent.access_log where action = 'DENIED'").query(Long.class).single();
	}
}
