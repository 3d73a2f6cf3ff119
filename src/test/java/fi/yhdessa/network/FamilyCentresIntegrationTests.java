package fi.yhdessa.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The coordinator keeps a family centre — names, introduction, channels, organisations, contacts — and everyone sees it, in pages and the API. */
class FamilyCentresIntegrationTests extends NetworkPagesTest {

	@Test
	void theCoordinatorDescribesAFamilyCentreThatEveryoneThenSees() throws Exception {
		mvc.perform(asCoordinator(get("/network/family-centres/" + NetworkRegion.SOUTH))).andExpect(status().isOk());
		mvc.perform(asCoordinator(post("/network/family-centres/" + NetworkRegion.SOUTH).param("nameFi", "Yhteisvaaran perhekeskus")
			.param("introFi", "Kaikki perheiden palvelut yhdestä paikasta.").param("channels[0].kind", "WEB").param("channels[0].name", "Verkkosivut")
			.param("channels[0].address", "http://ei-suojattu.example").param("organisations", NetworkRegion.COUNTY.value().toString())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Linkin pitää alkaa https://.")))
			.andExpect(content().string(containsString("value=\"Yhteisvaaran perhekeskus\"")));
		mvc.perform(asCoordinator(post("/network/family-centres/" + NetworkRegion.SOUTH).param("nameFi", "Yhteisvaaran perhekeskus")
			.param("introFi", "Kaikki perheiden palvelut yhdestä paikasta.").param("channels[0].kind", "WEB").param("channels[0].name", "Verkkosivut")
			.param("channels[0].address", "https://yhteisvaara.example/perhekeskus").param("channels[1].kind", "PHONE")
			.param("channels[1].address", "014 555 0200").param("organisations", NetworkRegion.COUNTY.value().toString(), NetworkRegion.MUNICIPALITY.value().toString())
			.param("contacts", NetworkRegion.CONTACT_PERSON.toString())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/family-centres"))
			.andExpect(content().string(containsString("Yhteisvaaran perhekeskus")))
			.andExpect(content().string(containsString("0 paikkaa · 2 digitaalista kanavaa · 2 organisaatiota")));
		mvc.perform(get("/family-centres/" + NetworkRegion.SOUTH).param("lang", "en"))
			.andExpect(content().string(containsString("Kaikki perheiden palvelut yhdestä paikasta.")))
			.andExpect(content().string(containsString("href=\"tel:0145550200\"")))
			.andExpect(content().string(containsString("Kalle Yhdyshenkilö")))
			.andExpect(content().string(containsString("Verkostolan kunta")))
			.andExpect(content().string(not(containsString("Edit the family centre"))));
		mvc.perform(get("/api/v1/network/family-centres"))
			.andExpect(jsonPath("$[?(@.municipalityCode == '952')].name").value("Yhteisvaaran perhekeskus"))
			.andExpect(jsonPath("$[?(@.municipalityCode == '952')].contacts[0].name").value("Kalle Yhdyshenkilö"));
		mvc.perform(get("/family-centres/999")).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder asCoordinator(MockHttpServletRequestBuilder request) {
		return as(request, Role.COORDINATOR);
	}
}
