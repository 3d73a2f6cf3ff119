package fi.yhdessa.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPagesControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesTheWholeSearchPageToAnyoneWithoutSigningIn() throws Exception {
		mvc.perform(get("/search").param("q", "perhekahvila"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/search"))
			.andExpect(content().string(containsString("MLL:n perhekahvila")))
			.andExpect(content().string(containsString("<form role=\"search\"")));
	}

	@Test
	void servesOnlyTheResultsToHtmx() throws Exception {
		mvc.perform(get("/search").param("q", "perhekahvila").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/search-results"))
			.andExpect(content().string(containsString("MLL:n perhekahvila")))
			.andExpect(content().string(not(containsString("<form"))));
	}

	@Test
	void keepsTheFiltersInTheFormAndNarrowsTheResults() throws Exception {
		mvc.perform(get("/search").param("q", "neuvola").param("municipality", "805").param("noReferral", "true"))
			.andExpect(content().string(containsString("<option value=\"805\" selected=\"selected\">Peltola</option>")))
			.andExpect(content().string(containsString("Peltolan lastenneuvola")))
			.andExpect(content().string(not(containsString("Järvilinnan lastenneuvola"))));
	}

	@Test
	void helpsWhenNothingIsFound() throws Exception {
		mvc.perform(get("/search").param("q", "xqzzyv").param("lang", "en"))
			.andExpect(content().string(containsString("No services were found")))
			.andExpect(content().string(containsString("040 000 1000")));
	}

	@Test
	void saysWhichNeedItUnderstoodAndWhatEachResultHelpsWith() throws Exception {
		mvc.perform(get("/search").param("q", "my baby doesn't sleep").param("lang", "en"))
			.andExpect(content().string(containsString("We understood your search as a need: a baby's sleep.")))
			.andExpect(content().string(containsString("Helps with: a baby's sleep")));
	}

	@Test
	void showsTheSameActivityInSeveralMunicipalitiesAsOneResultWithItsOtherPlaces() throws Exception {
		String page = mvc.perform(get("/search").param("q", "perheliikunta").param("near", "42300").param("lang", "en")).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(page).contains("The same activity in other places (10)");
		org.assertj.core.api.Assertions.assertThat(java.util.regex.Pattern.compile("result__name\">\\s*<a[^>]*>Perheliikunta").matcher(page).results().count())
			.as("one result for the eleven").isOne();
	}

	@Test
	void saysWhichWordsTheResultsAreForWhenItCorrectedATypo() throws Exception {
		mvc.perform(get("/search").param("q", "perhekahvlia"))
			.andExpect(content().string(containsString("Näytetään tulokset haulle ”perhekahvila”")));
	}

	@Test
	void showsAServicePageWithHowToGetIn() throws Exception {
		String id = java.util.UUID.nameUUIDFromBytes("yhdessa-demo/service/guidance/801".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
		mvc.perform(get("/services/" + id).param("lang", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Familjecentrets handledning och rådgivning")))
			.andExpect(content().string(containsString("href=\"tel:0400001000\"")))
			.andExpect(content().string(containsString("Ingen remiss")));
	}

	@Test
	void offersLinksThatRefineTheResultsWithTheirCounts() throws Exception {
		mvc.perform(get("/search?q=lastenneuvola&page=1"))
			.andExpect(content().string(containsString("Rajaa tuloksia")))
			.andExpect(content().string(containsString("href=\"/search?q=lastenneuvola&amp;municipality=805\"")))
			.andExpect(content().string(containsString("Peltola (")));
	}

	@Test
	void keepsAMistypedPostcodeAndSaysWhatIsWrong() throws Exception {
		mvc.perform(get("/search").param("q", "neuvola").param("near", "401"))
			.andExpect(content().string(containsString("Postinumerossa on viisi numeroa.")))
			.andExpect(content().string(containsString("value=\"401\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void showsThisWeeksActivitiesOfAMunicipality() throws Exception {
		mvc.perform(get("/activities").param("municipality", "805").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/activities"))
			.andExpect(content().string(containsString("activities near you")))
			.andExpect(content().string(containsString("Avoin päiväkoti Peltola")))
			.andExpect(content().string(not(containsString("Avoin päiväkoti Koivula"))));
	}

	@Test
	void servesTheCalendarFeedOfAnActivityToAnyone() throws Exception {
		String id = java.util.UUID.nameUUIDFromBytes("yhdessa-demo/service/mll-baby-group/802".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
		mvc.perform(get("/activities/" + id + ".ics").param("lang", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(content().string(containsString("SUMMARY:Babygrupp\\, Björkby")));
		mvc.perform(get("/activities/" + java.util.UUID.randomUUID() + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void linksTheSearchAndTheActivitiesFromTheHeaderOfEveryPage() throws Exception {
		mvc.perform(get("/login").param("lang", "sv"))
			.andExpect(content().string(containsString("aria-label=\"Huvudmeny\"")))
			.andExpect(content().string(containsString("<a href=\"/search\">Tjänster och verksamhet</a>")))
			.andExpect(content().string(containsString("<a href=\"/activities\">Veckans verksamhet</a>")));
	}

	@Test
	void answersAnUnknownServiceWithNotFound() throws Exception {
		mvc.perform(get("/services/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/services/not-an-id")).andExpect(status().isNotFound());
	}
}
