package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkStylesAndScriptsByContentHashAndTheyAreServedWithCaching() throws Exception {
		String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String pattern : new String[] { "/css/yhdessa-[0-9a-f]{32}\\.css", "/js/yhdessa-[0-9a-f]{32}\\.js", "/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js" }) {
			Matcher link = Pattern.compile(pattern).matcher(page);
			assertThat(link.find()).as(pattern).isTrue();
			mvc.perform(get(link.group())).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "max-age=3600"));
		}
		mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
		mvc.perform(get("/robots.txt")).andExpect(status().isOk());
		mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
	}
}
