package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every HSDS answer validates against the HSDS 3.0 schemas (src/test/resources/hsds-3.0), formats included. */
@SpringBootTest
@AutoConfigureMockMvc
class HsdsApiIntegrationTests {

	static final String SCHEMAS = "classpath:hsds-3.0/schema/";
	static final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	void servesAPageOfServicesThatValidates() throws Exception {
		JsonNode page = getJson("/hsds/services?per_page=20");
		assertThat(page.get("total_items").asLong()).isGreaterThan(150);
		assertThat(page.get("contents")).hasSize(20);
		assertThat(page.get("first_page").asBoolean()).isTrue();
		for (JsonNode service : page.get("contents")) {
			assertValid("compiled/service_list.json", service);
		}
	}

	@Test
	void servesAFullServiceThatValidatesInEachLanguage() throws Exception {
		String id = getJson("/hsds/services?search=perhekahvila&per_page=1").get("contents").get(0).get("id").asString();
		for (String language : List.of("fi", "sv", "en")) {
			JsonNode service = getJson("/hsds/services/" + id + "?lang=" + language);
			assertValid("service.json", service);
			assertThat(service.get("service_at_locations")).isNotEmpty();
			assertThat(service.get("schedules")).isNotEmpty();
			assertThat(service.get("organization").get("name").asString()).isNotBlank();
		}
		assertThat(getJson("/hsds/services/" + id + "?lang=sv").get("organization").get("description").asString()).isEqualTo("Organisation");
	}

	@Test
	void searchesWithTheEngineOfThePublicSearch() throws Exception {
		JsonNode page = getJson("/hsds/services?search=kahvila%20perheille&per_page=3");
		assertThat(page.get("contents").get(0).get("name").asString()).containsIgnoringCase("perhekahvila");
	}

	@Test
	void filtersByTaxonomyTermOrganizationAndModificationTime() throws Exception {
		JsonNode term = getJson("/hsds/taxonomy_terms?per_page=200").get("contents").get(0);
		JsonNode byTerm = getJson("/hsds/services?taxonomy_term_id=" + term.get("id").asString());
		assertThat(byTerm.get("total_items").asLong()).isPositive();
		JsonNode organization = getJson("/hsds/organizations?per_page=1").get("contents").get(0);
		JsonNode byOrganization = getJson("/hsds/services?organization_id=" + organization.get("id").asString() + "&per_page=200");
		for (JsonNode service : byOrganization.get("contents")) {
			assertThat(service.get("organization_id").asString()).isEqualTo(organization.get("id").asString());
		}
		assertThat(getJson("/hsds/services?modified_after=2999-01-01").get("total_items").asLong()).isZero();
	}

	@Test
	void servesEachFamilyCentreAsAnOrganizationOfItsMunicipalityWithItsPlacesAsLocations() throws Exception {
		JsonNode organizations = getJson("/hsds/organizations?per_page=100");
		JsonNode centre = null;
		for (JsonNode organization : organizations.get("contents")) {
			if (organization.has("website") && organization.get("website").asString().endsWith("/family-centres/801")) {
				centre = organization;
			}
		}
		assertThat(centre).as("Järvilinna's family centre among the organizations").isNotNull();
		assertThat(centre.get("name").asString()).isEqualTo("Järvilinnan perhekeskus");
		assertThat(getJson("/hsds/organizations/" + centre.get("parent_organization_id").asString()).get("name").asString()).isEqualTo("Järvilinnan kaupunki");
		assertThat(centre.get("locations").size()).isEqualTo(3);
		assertThat(centre.get("locations").get(0).get("addresses").get(0).get("city").asString()).isEqualTo("Järvilinna");
		JsonNode one = getJson("/hsds/organizations/" + centre.get("id").asString());
		assertValid("organization.json", one);
		assertThat(organizations.get("total_items").asLong()).isEqualTo(organizations.get("contents").size());
	}

	@Test
	void servesOrganizationsServiceAtLocationsAndTaxonomiesThatValidate() throws Exception {
		JsonNode organizations = getJson("/hsds/organizations?per_page=50");
		for (JsonNode organization : organizations.get("contents")) {
			assertValid("compiled/organization_list.json", organization);
		}
		assertValid("organization.json", getJson("/hsds/organizations/" + organizations.get("contents").get(0).get("id").asString()));
		JsonNode places = getJson("/hsds/service_at_locations?per_page=10");
		for (JsonNode place : places.get("contents")) {
			assertValid("compiled/service_at_location_list.json", place);
		}
		assertValid("service_at_location.json", getJson("/hsds/service_at_locations/" + places.get("contents").get(0).get("id").asString()));
		JsonNode taxonomies = getJson("/hsds/taxonomies");
		assertValid("taxonomy.json", taxonomies.get("contents").get(0));
		assertValid("taxonomy.json", getJson("/hsds/taxonomies/" + taxonomies.get("contents").get(0).get("id").asString()));
		JsonNode terms = getJson("/hsds/taxonomy_terms?lang=en");
		assertThat(terms.get("total_items").asLong()).as("the platform's 22 kinds of service and any an editor added").isGreaterThanOrEqualTo(22);
		for (JsonNode term : terms.get("contents")) {
			assertValid("taxonomy_term.json", term);
		}
		assertValid("taxonomy_term.json", getJson("/hsds/taxonomy_terms/" + terms.get("contents").get(0).get("id").asString()));
	}

	@Test
	void answersBadParametersAndUnknownIdsWithProblemDetails() throws Exception {
		mvc.perform(get("/hsds/services").param("per_page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/hsds/services").param("organization_id", "not-a-uuid")).andExpect(status().isBadRequest());
		mvc.perform(get("/hsds/services").param("modified_after", "yesterday")).andExpect(status().isBadRequest());
		mvc.perform(get("/hsds/services/" + java.util.UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void keepsToTheProximityOfAPostcodeNearestFirst() throws Exception {
		JsonNode near = getJson("/hsds/services?postcode=42300&proximity=5&per_page=200");
		JsonNode all = getJson("/hsds/services?per_page=1");
		assertThat(near.get("total_items").asLong()).isPositive().isLessThan(all.get("total_items").asLong());
		JsonNode clinics = getJson("/hsds/services?search=lastenneuvola&postcode=42300&proximity=5");
		assertThat(clinics.get("contents").get(0).get("name").asString()).isEqualTo("Peltolan lastenneuvola");
		mvc.perform(get("/hsds/services").param("proximity", "5")).andExpect(status().isBadRequest());
	}

	@Test
	void describesItselfAtTheRoot() throws Exception {
		assertThat(getJson("/hsds/").get("version").asString()).isEqualTo("3.0");
	}

	@Test
	void detectsAnAnswerThatDoesNotValidate() {
		JsonNode broken = json.readTree("{\"id\": \"not-a-uuid\", \"name\": \"x\", \"status\": \"open\"}");
		assertThat(errors("service.json", broken)).isNotEmpty();
	}

	private JsonNode getJson(String path) throws Exception {
		String body = mvc.perform(get(path).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return json.readTree(body);
	}

	static void assertValid(String schema, JsonNode node) {
		assertThat(errors(schema, node)).as("%s against %s", node, schema).isEmpty();
	}

	private static List<String> errors(String schemaFile, JsonNode node) {
		Schema schema = registry.getSchema(SchemaLocation.of(SCHEMAS + schemaFile));
		return schema.validate(node).stream().map(Error::toString).toList();
	}
}
