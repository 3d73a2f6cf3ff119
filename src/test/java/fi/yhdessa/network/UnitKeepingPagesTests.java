package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.Workplaces;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UnitKeepingPagesTests extends NetworkPagesTest {

	@Autowired
	Workplaces workplaces;

	@Test
	void theCoordinatorRenamesAUnitAndMovesItToAnotherMunicipality() throws Exception {
		Unit unit = unit("Perhetyö");
		mvc.perform(as(post(path(unit)), Role.COORDINATOR).param("nameFi", "Perhetyö Verso").param("nameSv", "Familjearbete Verso")
			.param("kind", "FAMILY_SOCIAL_WORK").param("municipality", NetworkRegion.SOUTH).param("email", "verso@example.fi"))
			.andExpect(status().is3xxRedirection());

		Unit saved = network.unit(unit.id()).orElseThrow();
		assertThat(saved.name()).isEqualTo(LocalizedText.of("Perhetyö Verso", "Familjearbete Verso", null));
		assertThat(saved.municipalityCode()).isEqualTo(NetworkRegion.SOUTH);
		assertThat(saved.email()).isEqualTo("verso@example.fi");
		mvc.perform(as(get("/network/organisations/" + NetworkRegion.MUNICIPALITY.value()), Role.COORDINATOR))
			.andExpect(content().string(containsString("Perhetyö Verso · Yhteisvaara")));
	}

	@Test
	void aCorrectionWithoutANameIsRefusedWithWhatWasTypedKeptAndOnlyKeepersMayCorrect() throws Exception {
		Unit unit = unit("Koulukuraattorit");
		mvc.perform(as(post(path(unit)), Role.ADMINISTRATOR).param("kind", "SCHOOL").param("municipality", NetworkRegion.NORTH)
			.param("phone", "040 765 4321")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Anna yksikön nimi ainakin yhdellä kielellä.")))
			.andExpect(content().string(containsString("value=\"040 765 4321\"")));
		mvc.perform(as(post(path(unit)), Role.RESPONSIBLE_WORKER).param("nameFi", "Toinen").param("kind", "SCHOOL")
			.param("municipality", NetworkRegion.NORTH)).andExpect(status().isForbidden());
		mvc.perform(as(get(path(unit)), Role.RESPONSIBLE_WORKER)).andExpect(status().isForbidden());
		assertThat(network.unit(unit.id()).orElseThrow().name().fi()).isEqualTo("Koulukuraattorit");
	}

	@Test
	void aRetiredUnitLeavesTheChoicesButStaysInHistoryAndCanBeBroughtBack() throws Exception {
		Unit unit = unit("Perhekerho");
		mvc.perform(as(post(path(unit) + "/retirement"), Role.ADMINISTRATOR)).andExpect(status().is3xxRedirection());

		assertThat(network.unit(unit.id()).orElseThrow().retired()).isTrue();
		assertThat(network.units(NetworkRegion.MUNICIPALITY.value())).extracting(Unit::id).doesNotContain(unit.id());
		assertThat(network.units(UnitKind.NGO_FAMILY_ACTIVITIES)).extracting(Unit::id).doesNotContain(unit.id());
		assertThat(network.everyUnit(NetworkRegion.MUNICIPALITY)).extracting(Unit::id).contains(unit.id());
		assertThat(workplaces.choices(Locale.of("fi"))).flatExtracting(Workplaces.Organisation::units).extracting(Workplaces.Unit::id)
			.doesNotContain(unit.id().value());
		mvc.perform(as(get("/network/organisations/" + NetworkRegion.MUNICIPALITY.value()), Role.COORDINATOR))
			.andExpect(content().string(containsString("Lakkautettu")));

		mvc.perform(as(post(path(unit) + "/return"), Role.COORDINATOR)).andExpect(status().is3xxRedirection());
		assertThat(network.units(NetworkRegion.MUNICIPALITY.value())).extracting(Unit::id).contains(unit.id());
	}

	@Test
	void aUnitWhereSomeoneStillWorksIsNotRetired() throws Exception {
		Unit unit = unit("Neuvola");
		accounts.register(NewAccount.staff("network-unit-nurse-" + unit.id().value(), NetworkRegion.PASSWORD, "Neuvolan hoitaja",
				EnumSet.of(Role.UNIVERSAL_SERVICES_PROFESSIONAL), NetworkRegion.MUNICIPALITY.value(), unit.id().value()));

		mvc.perform(as(post(path(unit) + "/retirement"), Role.ADMINISTRATOR)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Yksikössä on vielä henkilöstöä")));
		assertThat(network.unit(unit.id()).orElseThrow().retired()).isFalse();
	}

	private Unit unit(String name) {
		Unit unit = new Unit(new UnitId(UUID.randomUUID()), NetworkRegion.MUNICIPALITY, UnitKind.NGO_FAMILY_ACTIVITIES, LocalizedText.of(name, null, null),
				NetworkRegion.NORTH, null, null);
		network.register(unit);
		return unit;
	}

	private static String path(Unit unit) {
		return "/network/organisations/" + unit.organisationId().value() + "/units/" + unit.id().value();
	}
}
