package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.Role;
import org.junit.jupiter.api.Test;

class OrganisationUnitsPagesTests extends NetworkPagesTest {

	@Test
	void theCoordinatorAddsAUnitThatIsThenNamedWithItsMunicipality() throws Exception {
		String page = "/network/organisations/" + NetworkRegion.NGO.value();
		mvc.perform(as(post(page + "/units"), Role.COORDINATOR).param("nameFi", "Perhekahvila Verso").param("kind", "NGO_FAMILY_ACTIVITIES")
			.param("municipality", NetworkRegion.SOUTH).param("phone", "040 123 4567")).andExpect(status().is3xxRedirection());

		assertThat(network.units(NetworkRegion.NGO.value())).anySatisfy(unit -> {
			assertThat(unit.name().fi()).isEqualTo("Perhekahvila Verso");
			assertThat(unit.municipalityCode()).isEqualTo(NetworkRegion.SOUTH);
		});
		mvc.perform(as(get(page), Role.RESPONSIBLE_WORKER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Perhekahvila Verso · Yhteisvaara")))
			.andExpect(content().string(not(containsString("id=\"add-unit-heading\""))));
	}

	@Test
	void aUnitWithoutANameOrPlaceIsRefusedWithWhatWasTypedKeptAndOnlyKeepersMayAdd() throws Exception {
		String page = "/network/organisations/" + NetworkRegion.MUNICIPALITY.value();
		mvc.perform(as(post(page + "/units"), Role.ADMINISTRATOR).param("kind", "SCHOOL").param("municipality", "").param("email", "koulu@example.fi"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Anna yksikön nimi ainakin yhdellä kielellä.")))
			.andExpect(content().string(containsString("value=\"koulu@example.fi\"")));
		mvc.perform(as(post(page + "/units"), Role.RESPONSIBLE_WORKER).param("nameFi", "Koulu").param("kind", "SCHOOL").param("municipality", NetworkRegion.NORTH))
			.andExpect(status().isForbidden());
		assertThat(network.units(NetworkRegion.MUNICIPALITY.value())).noneSatisfy(unit -> assertThat(unit.name().fi()).isEqualTo("Koulu"));
	}
}
