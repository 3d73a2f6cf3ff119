package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SynonymPagesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	@WithUserDetails("editor")
	void letsAnEditorAddASynonymThatTheSearchUsesAtOnce() throws Exception {
		SearchResults before = directory.search(SearchRequest.of("leikkitreffit"));
		assertThat(before.hits().stream().limit(1).map(hit -> hit.name().fi().toLowerCase(java.util.Locale.ROOT))).as("no family café first for the word as typed")
			.noneMatch(name -> name.contains("perhekahvila"));
		mvc.perform(post("/directory/synonyms").with(csrf()).param("phrase", "leikkitreffit").param("expansion", "perhekahvila").param("language", "fi"))
			.andExpect(redirectedUrl("/directory/synonyms"))
			.andExpect(flash().attribute("outcome", "synonyms.added"));
		SearchResults after = directory.search(SearchRequest.of("leikkitreffit"));
		assertThat(after.correctedText()).isNull();
		assertThat(after.hits()).first().satisfies(hit -> assertThat(hit.name().fi()).containsIgnoringCase("perhekahvila"));
		mvc.perform(post("/directory/synonyms").with(csrf()).param("phrase", "leikkitreffit").param("expansion", "perhekahvila").param("language", "fi"))
			.andExpect(flash().attribute("outcome", "synonyms.exists"));
	}

	@Test
	@WithUserDetails("coordinator")
	void keepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
		mvc.perform(post("/directory/synonyms").with(csrf()).param("phrase", "vauvahieronta").param("expansion", " ").param("lang", "sv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"vauvahieronta\"")))
			.andExpect(content().string(containsString("Den här uppgiften behövs.")));
	}

	@Test
	@WithUserDetails("worker")
	void keepsTheSynonymsFromOtherStaff() throws Exception {
		mvc.perform(get("/directory/synonyms")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("editor")
	void showsTheSynonymsWithWhoAddedThem() throws Exception {
		mvc.perform(get("/directory/synonyms"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rahat ei riitä")))
			.andExpect(content().string(containsString("href=\"/directory/synonyms\"")));
	}
}
