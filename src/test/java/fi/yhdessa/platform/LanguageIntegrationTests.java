package fi.yhdessa.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void speaksFinnishByDefault() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("<html lang=\"fi\"")));
	}

	@Test
	void switchesLanguageWithTheLangParameterAndRemembersIt() throws Exception {
		var cookie = mvc.perform(get("/").param("lang", "sv")).andReturn().getResponse().getCookie("yhdessa-lang");
		mvc.perform(get("/").cookie(cookie)).andExpect(content().string(containsString("<html lang=\"sv\"")));
	}

	@Test
	void fallsBackToFinnishForALanguageThePlatformDoesNotSpeak() throws Exception {
		mvc.perform(get("/").param("lang", "de")).andExpect(content().string(containsString("<html lang=\"fi\"")));
	}

	@Test
	void linksEveryLanguageFromEveryPageKeepingThePage() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/login?lang=sv\"")))
			.andExpect(content().string(containsString("href=\"/login?lang=en\"")));
	}
}
