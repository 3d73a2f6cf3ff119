package fi.yhdessa.platform;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statutory deadlines for anyone: {@code GET /api/v1/calendar/deadline?from=2026-12-18&workingDays=7}
 * or {@code …&months=3} answers {@code {"from": "2026-12-18", "due": "2027-01-02"}}.
 */
@RestController
class CalendarApi {

	private final WorkingDays workingDays;
	private final MessageSource messages;

	CalendarApi(WorkingDays workingDays, MessageSource messages) {
		this.workingDays = workingDays;
		this.messages = messages;
	}

	@Bean
	static PublicPaths calendarIsPublic() {
		return PublicPaths.of("/api/v1/calendar/deadline");
	}

	record Deadline(LocalDate from, LocalDate due) {
	}

	@GetMapping("/api/v1/calendar/deadline")
	Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam(required = false) Integer workingDays,
			@RequestParam(required = false) Integer months, Locale locale) {
		if ((workingDays == null) == (months == null)) {
			throw new IllegalArgumentException(messages.getMessage("calendar.oneOf", null, locale));
		}
		if (workingDays != null && (workingDays < 0 || workingDays > WorkingDays.MAX_WORKING_DAYS)) {
			throw new IllegalArgumentException(messages.getMessage("calendar.workingDays.range", new Object[] { String.valueOf(WorkingDays.MAX_WORKING_DAYS) }, locale));
		}
		if (months != null && (months < 0 || months > WorkingDays.MAX_MONTHS)) {
			throw new IllegalArgumentException(messages.getMessage("calendar.months.range", new Object[] { String.valueOf(WorkingDays.MAX_MONTHS) }, locale));
		}
		return new Deadline(from, workingDays != null ? this.workingDays.afterWorkingDays(from, workingDays) : this.workingDays.afterMonths(from, months));
	}
}
