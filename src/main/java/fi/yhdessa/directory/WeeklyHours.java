package fi.yhdessa.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Opening hours, or the session of an activity, on one weekday. */
public record WeeklyHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

	public WeeklyHours {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Opening hours must open before they close: " + opens + "–" + closes);
		}
	}
}
