package fi.yhdessa.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void answersTheDueDateToAnyoneInWorkingDaysOrMonths() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-18").param("workingDays", "7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-12-18"))
			.andExpect(jsonPath("$.due").value("2026-12-31"));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2027-01-31").param("months", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2027-03-01"));
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-03-30, 7, 2026-04-10", "2026-06-17, 2, 2026-06-22", "2027-12-23, 1, 2027-12-27", "2028-04-13, 1, 2028-04-18",
			"2028-05-24, 1, 2028-05-26", "2028-06-21, 2, 2028-06-26", "2028-12-05, 1, 2028-12-07", "2028-12-29, 2, 2029-01-03" })
	void answersAcrossTheHolidaysOf2026To2028(String from, int workingDays, String due) throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", from).param("workingDays", String.valueOf(workingDays)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value(due));
	}

	@Test
	void answersBadParametersWithAProblemInTheAskersLanguage() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-13-40").param("workingDays", "7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-18").param("workingDays", "7").param("months", "1").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Give either workingDays or months, not both."));
		mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-18").param("workingDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Työpäivien määrän pitää olla 0–2000."));
		mvc.perform(get("/api/v1/calendar/deadline").param("workingDays", "1"))
			.andExpect(status().isBadRequest());
	}
}
