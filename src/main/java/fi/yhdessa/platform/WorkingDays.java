package fi.yhdessa.platform;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Statutory time limits by the Act on the Calculation of Statutory Time Limits (150/1930): a
 * working day is not a Saturday, a Sunday, a public holiday (Finnish public holidays from
 * jollyday, Easter and Midsummer included), Christmas Eve or Midsummer Eve. The day from which a
 * period runs is not counted; a period in months ends on the same date number, or on the month's
 * last day where there is none; a deadline that falls on a day that is not a working day moves to
 * the next working day.
 */
@Component
public class WorkingDays {

	/** Periods longer than this are not statutory time limits but mistakes. */
	static final int MAX_WORKING_DAYS = 2_000;
	static final int MAX_MONTHS = 120;

	private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FINLAND));
	private final Map<Year, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
			return false;
		}
		// jollyday's Finnish calendar has Christmas Eve and Midsummer Eve among its holidays.
		return !byYear.computeIfAbsent(Year.from(day), year -> holidays.getHolidays(year).stream()
			.map(Holiday::getDate)
			.collect(Collectors.toUnmodifiableSet())).contains(day);
	}

	/** The {@code workingDays}th working day after {@code from}; {@code from} itself is not counted. */
	public LocalDate afterWorkingDays(LocalDate from, int workingDays) {
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("workingDays must be from 0 to " + MAX_WORKING_DAYS);
		}
		LocalDate day = from;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return workingDays == 0 ? nextWorkingDayFrom(from) : day;
	}

	/** The same date number {@code months} later (or that month's last day), moved to the next working day if need be. */
	public LocalDate afterMonths(LocalDate from, int months) {
		if (months < 0 || months > MAX_MONTHS) {
			throw new IllegalArgumentException("months must be from 0 to " + MAX_MONTHS);
		}
		return nextWorkingDayFrom(from.plusMonths(months));
	}

	/** The day itself when it is a working day, otherwise the next working day. */
	public LocalDate nextWorkingDayFrom(LocalDate day) {
		LocalDate next = day;
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}
}
