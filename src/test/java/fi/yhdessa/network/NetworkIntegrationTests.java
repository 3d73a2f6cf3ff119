package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class NetworkIntegrationTests {

	@Autowired
	Network network;

	@Autowired
	MockMvc mvc;

	@Test
	void listsOrganisationsInFinnishAlphabeticalOrderPageByPage() {
		PageOf<Network.OrganisationListing> first = network.organisations(Set.of(), new PageRequest(1, 25));
		PageOf<Network.OrganisationListing> second = network.organisations(Set.of(), new PageRequest(2, 25));
		assertThat(first.total()).isEqualTo(30);
		assertThat(first.items()).hasSize(25);
		assertThat(second.items()).hasSize(5);
		List<String> names = first.items().stream().map(l -> l.organisation().name().fi()).toList();
		// Finnish order puts Ä after Z, not among the A's.
		assertThat(names.indexOf("Järvilaakson hyvinvointialue")).isLessThan(names.indexOf("Järvilinnan kaupunki"));
	}

	@Test
	void filtersOrganisationsByKind() {
		var parishes = network.organisations(EnumSet.of(OrganisationKind.PARISH), new PageRequest(1, 25));
		assertThat(parishes.total()).isEqualTo(11);
		assertThat(parishes.items()).allSatisfy(l -> assertThat(l.organisation().kind()).isEqualTo(OrganisationKind.PARISH));
		assertThat(parishes.items()).allSatisfy(l -> assertThat(l.units()).isEqualTo(1));
	}

	@Test
	@WithUserDetails("coordinator")
	void showsStaffTheOrganisationsWithAPager() throws Exception {
		mvc.perform(get("/network/organisations").param("lang", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Järvidalens välfärdsområde")))
			.andExpect(content().string(containsString("Sida 1 av 2")))
			.andExpect(content().string(containsString("href=\"/network/organisations?page=2\"")));
		mvc.perform(get("/network/organisations").param("kind", "KELA"))
			.andExpect(content().string(containsString("<option value=\"KELA\" selected=\"selected\">")))
			.andExpect(content().string(containsString("Näytetään 1–1, yhteensä 1")));
	}

	@Test
	@WithUserDetails("parent")
	void keepsTheNetworkPagesFromResidents() throws Exception {
		mvc.perform(get("/network/organisations")).andExpect(status().isForbidden());
	}
}
