package fi.yhdessa.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import fi.yhdessa.population.Population;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemoRegionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoRegion demoRegion;

	@Autowired
	Accounts accounts;

	@Autowired
	Network network;

	@Autowired
	Population population;

	@Test
	void letsEveryDemoAccountSignInWithThePasswordDemo() throws Exception {
		for (String username : SyntheticRegionGenerator.ACCOUNTS.keySet()) {
			mvc.perform(formLogin("/login").user(username).password("demo")).andExpect(authenticated().withUsername(username));
		}
	}

	@Test
	void givesEachDemoAccountTheRoleOfItsUserGroup() {
		Map<String, Role> expected = Map.ofEntries(Map.entry("admin", Role.ADMINISTRATOR), Map.entry("coordinator", Role.COORDINATOR),
				Map.entry("analyst", Role.LEADERSHIP), Map.entry("guide", Role.GUIDANCE_WORKER), Map.entry("worker", Role.RESPONSIBLE_WORKER),
				Map.entry("worker2", Role.RESPONSIBLE_WORKER), Map.entry("intake", Role.CHILD_WELFARE_WORKER),
				Map.entry("nurse", Role.UNIVERSAL_SERVICES_PROFESSIONAL), Map.entry("teacher", Role.UNIVERSAL_SERVICES_PROFESSIONAL),
				Map.entry("ngo", Role.PARTNER_WORKER), Map.entry("editor", Role.SERVICE_EDITOR), Map.entry("parent", Role.RESIDENT),
				Map.entry("parent2", Role.RESIDENT));
		expected.forEach((username, role) -> assertThat(accounts.findByUsername(username))
			.hasValueSatisfying(account -> assertThat(account.roles()).containsExactly(role)));
	}

	@Test
	void loadsTheRegionOnlyOnce() {
		long residents = population.residentCount();
		assertThat(demoRegion.loadIfEmpty(RegionScale.DEMO)).isFalse();
		assertThat(population.residentCount()).isEqualTo(residents);
		assertThat(network.municipalities()).hasSize(11);
		assertThat(population.residentsByMunicipality()).hasSize(11);
	}
}
