package fi.yhdessa.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackBatchTests {

	@ParameterizedTest(name = "a comment given in the week of {0}")
	@ValueSource(strings = { "2026-12-07", "2026-12-28", "2027-03-29", "2027-10-25" })
	void everyCommentOfAWeekIsReleasedTogetherOnAMondayAtLeastEightDaysLater(String monday) {
		LocalDate weekStart = LocalDate.parse(monday);
		LocalDate release = Feedback.releaseOf(weekStart);
		assertThat(release.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		for (int day = 0; day < 7; day++) {
			LocalDate given = weekStart.plusDays(day);
			assertThat(Feedback.releaseOf(given)).as("given on %s", given).isEqualTo(release);
			assertThat(ChronoUnit.DAYS.between(given, release)).as("days from %s", given).isBetween(8L, 14L);
		}
	}
}
