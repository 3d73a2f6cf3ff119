package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Act on the Calculation of Statutory Time Limits (150/1930), with Finnish public holidays. */
class WorkingDaysTests {

	static final WorkingDays calendar = new WorkingDays();

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({
			"2026-04-02, true", // Maundy Thursday
			"2026-04-03, false", // Good Friday
			"2026-04-06, false", // Easter Monday
			"2026-04-07, true",
			"2026-05-01, false", // May Day
			"2026-05-14, false", // Ascension Day
			"2026-06-19, false", // Midsummer Eve
			"2026-06-18, true",
			"2026-12-06, false", // Independence Day, a Sunday
			"2027-12-06, false", // Independence Day, a Monday
			"2026-12-24, false", // Christmas Eve
			"2026-12-25, false",
			"2026-12-26, false",
			"2026-12-28, true",
			"2027-01-01, false", // New Year's Day
			"2027-01-06, false", // Epiphany
			"2027-01-07, true",
			"2027-03-26, false", // Good Friday 2027
			"2027-06-25, false", // Midsummer Eve 2027
			"2026-11-28, false", // a Saturday
	})
	void knowsTheWorkingDaysAroundTheHolidays(LocalDate day, boolean working) {
		assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			"2026-11-23, 1, 2026-11-24", // the day of receipt is not counted
			"2026-11-27, 1, 2026-11-30", // Friday: over the weekend
			"2026-12-18, 7, 2026-12-31", // over Christmas Eve, Christmas and Boxing Day
			"2026-12-30, 3, 2027-01-05", // over New Year's Day and the weekend, before Epiphany
			"2026-03-30, 7, 2026-04-10", // over Good Friday and Easter Monday
			"2026-05-12, 2, 2026-05-15", // over Ascension Day
			"2026-06-17, 2, 2026-06-22", // over Midsummer Eve and the weekend
			"2026-12-03, 2, 2026-12-07", // Independence Day 2026 is a Sunday
			"2027-12-03, 1, 2027-12-07", // Independence Day 2027 is a Monday
			"2027-12-23, 1, 2027-12-27", // Christmas Eve 2027 is a Friday
			"2028-04-13, 1, 2028-04-18", // Easter 2028: Good Friday 14 April, Easter Monday 17 April
			"2028-05-24, 1, 2028-05-26", // Ascension Day 2028 is 25 May
			"2028-06-21, 2, 2028-06-26", // Midsummer Eve 2028 is 23 June
			"2028-12-05, 1, 2028-12-07", // Independence Day 2028 is a Wednesday
			"2028-12-22, 1, 2028-12-27", // Christmas Eve 2028 is a Sunday; Christmas and Boxing Day Monday and Tuesday
			"2028-12-29, 2, 2029-01-03", // New Year's Day 2029 is a Monday
	})
	void countsWorkingDaysFromTheDayAfterReceipt(LocalDate from, int workingDays, LocalDate due) {
		assertThat(calendar.afterWorkingDays(from, workingDays)).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} + {1} months = {2}")
	@CsvSource({
			"2026-09-15, 3, 2026-12-15",
			"2026-11-30, 3, 2027-03-01", // 28 Feb 2027 is a Sunday: the next working day
			"2027-01-31, 1, 2027-03-01", // no 31 February: the month's last day, 28 Feb, a Sunday → Monday
			"2026-09-24, 3, 2026-12-28", // 24 Dec is Christmas Eve: after Christmas and Boxing Day and the weekend
			"2027-03-19, 3, 2027-06-21", // 19 Jun 2027 is Midsummer Day, a Saturday
			"2026-10-31, 4, 2027-03-01", // no 31 February: 28 February 2027, a Sunday, then Monday
	})
	void endsAPeriodOfMonthsOnTheSameDateOrTheMonthsLastDayAndMovesItToAWorkingDay(LocalDate from, int months, LocalDate due) {
		assertThat(calendar.afterMonths(from, months)).isEqualTo(due);
	}

	@Property
	void theDueDayIsAlwaysAWorkingDayAfterTheDayOfReceipt(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 60) int workingDays) {
		LocalDate due = calendar.afterWorkingDays(from, workingDays);
		assertThat(calendar.isWorkingDay(due)).isTrue();
		assertThat(due).isAfter(from);
		assertThat(from.datesUntil(due.plusDays(1)).skip(1).filter(calendar::isWorkingDay).count()).isEqualTo(workingDays);
	}

	@Property
	void oneMoreWorkingDayIsAlwaysLater(@ForAll("days") LocalDate from, @ForAll @IntRange(min = 1, max = 60) int workingDays) {
		assertThat(calendar.afterWorkingDays(from, workingDays + 1)).isAfter(calendar.afterWorkingDays(from, workingDays));
	}

	@Property
	void fiveWorkingDaysFromAWorkingDayTakeAtLeastAWeek(@ForAll("days") LocalDate from) {
		Assume.that(calendar.isWorkingDay(from));
		assertThat(ChronoUnit.DAYS.between(from, calendar.afterWorkingDays(from, 5))).isGreaterThanOrEqualTo(7);
	}

	@Property
	void aPeriodOfMonthsEndsOnAWorkingDayNoEarlierThanTheCalendarDateAndWithinAWeekOfIt(@ForAll("days") LocalDate from,
			@ForAll @IntRange(min = 1, max = 24) int months) {
		LocalDate due = calendar.afterMonths(from, months);
		LocalDate nominal = from.plusMonths(months);
		assertThat(calendar.isWorkingDay(due)).isTrue();
		assertThat(due).isAfterOrEqualTo(nominal).isBefore(nominal.plusDays(6));
		assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 365 * 30).map(offset -> LocalDate.of(2000, 1, 1).plusDays(offset));
	}

	@org.junit.jupiter.api.Test
	void refusesPeriodsThatCannotBeStatutory() {
		assertThatThrownBy(() -> calendar.afterWorkingDays(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> calendar.afterMonths(LocalDate.of(2026, 1, 1), 1_000)).isInstanceOf(IllegalArgumentException.class);
	}
}
