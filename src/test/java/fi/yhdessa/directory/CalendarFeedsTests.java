package fi.yhdessa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalendarFeedsTests {

	@Test
	void escapesTheCharactersThatHaveAMeaningInICalendar() {
		assertThat(CalendarFeeds.escape("Kahvila, pihalla; takana\\ovi\nsisään")).isEqualTo("Kahvila\\, pihalla\\; takana\\\\ovi\\nsisään");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String line = "SUMMARY:" + "Äitiysneuvola ".repeat(10);
		String folded = CalendarFeeds.fold(line);
		for (String physical : folded.split("\r\n")) {
			assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
	}
}
