package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.directory.search.SearchCounting;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Searches are counted without anyone in them, and editors see the ones made five times or more that found or opened nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchCounting counting;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("editor")
	void showsSearchesMadeFiveTimesThatFoundNothingOrWereNotOpenedAndNoOneElse() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/search").param("q", "Zyxwvu  Qxqxqj")).andExpect(status().isOk());
			mvc.perform(get("/search").param("q", "perhekahvila kompassi")).andExpect(status().isOk());
		}
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/search").param("q", "qwxzy harvinainen")).andExpect(status().isOk());
		}
		String opened = java.util.UUID.nameUUIDFromBytes("yhdessa-demo/service/guidance/801".getBytes(StandardCharsets.UTF_8)).toString();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/search").param("q", "lastenvalvoja kummitus")).andExpect(status().isOk());
		}
		mvc.perform(get("/services/" + opened).param("q", "lastenvalvoja kummitus")).andExpect(status().isOk());
		counting.flush();

		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = 'directory' and table_name = 'search_count'"
				+ " and column_name not in ('query', 'day', 'searches', 'no_results', 'clicks')").query(Long.class).single())
			.as("nothing but the words, the day and the counts is kept").isZero();
		mvc.perform(get("/directory/search-report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("zyxwvu qxqxqj")))
			.andExpect(content().string(containsString("perhekahvila kompassi")))
			.andExpect(content().string(not(containsString("qwxzy harvinainen"))))
			.andExpect(content().string(not(containsString("lastenvalvoja kummitus"))))
			.andExpect(content().string(containsString("/directory/synonyms?phrase=zyxwvu%20qxqxqj")));
		jdbc.sql("insert into directory.search_count (query, day, searches, no_results, clicks) values ('sometimes empty', current_date, 6, 2, 0)").update();
		mvc.perform(get("/directory/search-report.csv").param("lang", "en"))
			.andExpect(content().string(containsString("\"Searches that found nothing\";\"sometimes empty\";6;\"fewer than 5\";0")))
			.andExpect(content().string(not(containsString("\"sometimes empty\";6;2;"))));
		mvc.perform(get("/directory/search-report").param("lang", "en"))
			.andExpect(content().string(containsString("fewer than 5")));
		mvc.perform(get("/directory/search-report.csv").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(content().string(containsString("\"Searches that found nothing\";\"zyxwvu qxqxqj\";5;5;0")));
		mvc.perform(get("/directory/synonyms").param("phrase", "Zyxwvu Qxqxqj"))
			.andExpect(content().string(containsString("value=\"zyxwvu qxqxqj\"")));
	}

	@Test
	@WithUserDetails("worker")
	void isForEditorsOnly() throws Exception {
		mvc.perform(get("/directory/search-report")).andExpect(status().isForbidden());
	}
}
