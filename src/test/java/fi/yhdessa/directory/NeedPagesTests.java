package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.platform.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Editors keep the needs vocabulary, and a phrase they add is understood by the next search. */
@SpringBootTest
@AutoConfigureMockMvc
class NeedPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	@WithUserDetails("editor")
	void aPhraseAnEditorAddsToANeedIsUnderstoodAtOnce() throws Exception {
		assertThat(directory.search(SearchRequest.of("yöt menevät valvoessa")).understood()).extracting(LocalizedText::fi).doesNotContain("vauvan uni");
		mvc.perform(get("/directory/needs").param("phrase", "Yöt  menevät valvoessa"))
			.andExpect(status().isOk())
			.andExpect(page -> assertThat(HtmlUtils.htmlUnescape(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
				.contains("value=\"yöt menevät valvoessa\"", "vauvan uni"));
		mvc.perform(post("/directory/needs/phrases").with(csrf()).param("need", "baby-sleep").param("language", "fi").param("phrase", "yöt menevät valvoessa"))
			.andExpect(flash().attribute("outcome", "needs.added"));
		assertThat(directory.search(SearchRequest.of("yöt menevät valvoessa")).understood()).extracting(LocalizedText::fi).contains("vauvan uni");
		mvc.perform(post("/directory/needs/phrases").with(csrf()).param("need", "baby-sleep").param("language", "fi").param("phrase", "yöt menevät valvoessa"))
			.andExpect(flash().attribute("outcome", "needs.exists"));
	}

	@Test
	@WithUserDetails("editor")
	void anUnknownNeedIsRefusedAndWhatWasTypedKept() throws Exception {
		mvc.perform(post("/directory/needs/phrases").with(csrf()).param("need", "no-such-need").param("language", "fi").param("phrase", "kaikki on hyvin"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Valitse tarve luettelosta.")))
			.andExpect(content().string(containsString("value=\"kaikki on hyvin\"")));
	}

	@Test
	@WithUserDetails("editor")
	void anEditorAddsANewNeedWithItsKindsOfServiceAndTheNextSearchUnderstandsIt() throws Exception {
		assertThat(directory.search(SearchRequest.of("hampaat puhkeavat")).understood()).extracting(LocalizedText::fi).doesNotContain("hampaiden tulo");
		mvc.perform(get("/directory/needs").param("phrase", "Hampaat  puhkeavat"))
			.andExpect(page -> assertThat(text(page)).contains("id=\"firstPhrase\"", "value=\"hampaat puhkeavat\""));
		mvc.perform(post("/directory/needs").with(csrf()).param("labelFi", "hampaiden tulo").param("labelSv", "tänderna kommer")
			.param("labelEn", "teething").param("kinds", "baby", "health").param("firstPhrase", "hampaat puhkeavat").param("phraseLanguage", "fi"))
			.andExpect(flash().attribute("outcome", "needs.new.added"));
		assertThat(directory.search(SearchRequest.of("hampaat puhkeavat")).understood()).extracting(LocalizedText::fi).contains("hampaiden tulo");
	}

	@Test
	@WithUserDetails("editor")
	void aNewNeedWithoutKindsOfServiceIsRefusedAndWhatWasTypedKept() throws Exception {
		mvc.perform(post("/directory/needs").with(csrf()).param("labelFi", "yksinäisyys illalla").param("labelSv", "").param("labelEn", "lonely evenings")
			.param("firstPhrase", "illat ovat yksinäisiä").param("phraseLanguage", "fi"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Valitse ainakin yksi palvelujen laji.")))
			.andExpect(page -> assertThat(text(page)).contains("value=\"lonely evenings\"", "value=\"illat ovat yksinäisiä\""));
	}

	@Test
	@WithUserDetails("coordinator")
	void aCoordinatorAddsAKindOfServiceFromASearchThatFoundNothing() throws Exception {
		mvc.perform(get("/directory/needs").param("kind", "Vertaisryhmät isille"))
			.andExpect(page -> assertThat(text(page)).contains("value=\"Vertaisryhmät isille\""));
		mvc.perform(post("/directory/kinds").with(csrf()).param("nameFi", "Vertaisryhmät isille").param("nameSv", "Kamratgrupper för pappor")
			.param("nameEn", "Peer groups for fathers"))
			.andExpect(flash().attribute("outcome", "needs.kind.added"));
		assertThat(directory.topics()).anySatisfy(topic -> {
			assertThat(topic.code()).isEqualTo("vertaisryhmat-isille");
			assertThat(topic.name()).isEqualTo(LocalizedText.of("Vertaisryhmät isille", "Kamratgrupper för pappor", "Peer groups for fathers"));
		});
		mvc.perform(post("/directory/kinds").with(csrf()).param("nameFi", "vertaisryhmät isille").param("nameSv", "x").param("nameEn", "y"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Samanniminen palvelujen laji on jo olemassa.")));
	}

	@Test
	@WithUserDetails("worker")
	void isForEditorsOnly() throws Exception {
		mvc.perform(get("/directory/needs")).andExpect(status().isForbidden());
	}

	private static String text(org.springframework.test.web.servlet.MvcResult page) throws java.io.UnsupportedEncodingException {
		return HtmlUtils.htmlUnescape(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}
}
