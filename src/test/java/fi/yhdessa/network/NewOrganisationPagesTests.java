package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class NewOrganisationPagesTests extends NetworkPagesTest {

	@Test
	void theAdministratorAddsAnOrganisationAndGoesOnToItsUnits() throws Exception {
		MvcResult added = mvc.perform(as(post("/network/organisations"), Role.ADMINISTRATOR).param("kind", "PARISH")
			.param("nameFi", "Yhteisvaaran seurakunta").param("nameSv", "Sambergas församling").param("businessId", "0201256-6")
			.param("municipality", NetworkRegion.SOUTH).param("website", "https://seurakunta.example"))
			.andExpect(status().is3xxRedirection()).andReturn();

		Organisation organisation = network.organisationWithBusinessId("0201256-6").orElseThrow();
		assertThat(organisation.kind()).isEqualTo(OrganisationKind.PARISH);
		assertThat(organisation.name().sv()).isEqualTo("Sambergas församling");
		assertThat(organisation.municipalityCode()).isEqualTo(NetworkRegion.SOUTH);
		assertThat(organisation.website()).isEqualTo("https://seurakunta.example");
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/network/organisations/" + organisation.id().value());
		mvc.perform(as(get("/network/organisations"), Role.COORDINATOR)).andExpect(content().string(containsString("/network/organisations/new")));
	}

	@Test
	void aWrongCheckDigitAKnownBusinessIdAndAMissingNameAreRefusedWithWhatWasTypedKept() throws Exception {
		mvc.perform(as(post("/network/organisations"), Role.COORDINATOR).param("kind", "NGO").param("nameFi", "Kylän perheyhdistys")
			.param("businessId", "0246246-1")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tarkista Y-tunnus")))
			.andExpect(content().string(containsString("n perheyhdistys\"")));
		mvc.perform(as(post("/network/organisations"), Role.COORDINATOR).param("kind", "NGO").param("businessId", "1234567-1")
			.param("website", "seurakunta.example")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Anna organisaation nimi ainakin yhdellä kielellä.")))
			.andExpect(content().string(containsString("Anna verkko-osoite, joka alkaa https://")));

		mvc.perform(as(post("/network/organisations"), Role.COORDINATOR).param("kind", "NGO").param("nameFi", "Ensimmäinen").param("businessId", "1234567-1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(as(post("/network/organisations"), Role.COORDINATOR).param("kind", "NGO").param("nameFi", "Toinen").param("businessId", "1234567-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tällä Y-tunnuksella on jo organisaatio: Ensimmäinen.")));
	}

	@Test
	void onlyTheAdministratorAndCoordinatorsAddOrganisations() throws Exception {
		mvc.perform(as(get("/network/organisations/new"), Role.RESPONSIBLE_WORKER)).andExpect(status().isForbidden());
		mvc.perform(as(post("/network/organisations"), Role.PARTNER_WORKER).param("kind", "NGO").param("nameFi", "Luvaton"))
			.andExpect(status().isForbidden());
		mvc.perform(as(get("/network/organisations"), Role.RESPONSIBLE_WORKER))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/network/organisations/new"))));
	}
}
