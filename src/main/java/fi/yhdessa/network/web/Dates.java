package fi.yhdessa.network.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** Dates as typed in a date field (ISO, as browsers send them) or in the Finnish way (5.12.2026). */
final class Dates {

	private Dates() {
	}

	static LocalDate parse(String field, String typed, boolean required, Errors errors) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				errors.rejectValue(field, "network.error.required");
			}
			return null;
		}
		String text = typed.strip();
		try {
			if (text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
				String[] parts = text.split("\\.");
				return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
			}
			return LocalDate.parse(text);
		}
		catch (DateTimeException | NumberFormatException e) {
			errors.rejectValue(field, "network.error.date");
			return null;
		}
	}

	static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
