package fi.yhdessa.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.yhdessa.insight.InsightRegion;
import fi.yhdessa.insight.InsightTest;
import fi.yhdessa.insight.store.FactStore;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The analyst sees how many facts insight holds and when the aggregates were last made again from them, and can make them again. */
@InsightTest
class SettingsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FactStore facts;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void theAnalystSeesTheFactsHeldAndTheLastRebuildAfterRebuilding() throws Exception {
		InsightRegion.register(network, accounts);
		var analyst = user(users.loadUserByUsername(InsightRegion.username(Role.LEADERSHIP)));

		MvcResult rebuilt = mvc.perform(post("/insight/settings/rebuild").with(analyst).with(csrf())).andReturn();
		assertThat(rebuilt.getResponse().getRedirectedUrl()).isEqualTo("/insight/settings#rebuild");
		Document page = Jsoup.parse(mvc.perform(get("/insight/settings").with(analyst)
			.cookie(rebuilt.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString());

		assertThat(page.selectFirst("#facts-held").attr("data-facts")).isEqualTo(String.valueOf(facts.count()));
		assertThat(page.select("#rebuild p").eachText()).anyMatch(text -> text.startsWith("Koosteet laskettiin viimeksi kokonaan uudelleen "));
		assertThat(page.select("[role=status]").text()).matches("Koosteet laskettiin uudelleen \\(\\d[\\d\\s\\u00a0]* ms\\)\\.");
	}
}
