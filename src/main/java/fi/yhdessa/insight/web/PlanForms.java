package fi.yhdessa.insight.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/** Reading what was typed into the plan's forms: whole years, decimals with a comma or a point, dates as browsers send them or 5.12.2026. */
final class PlanForms {

	static final int MAX_TEXT = 2000;

	private PlanForms() {
	}

	static Integer year(String field, String typed, boolean required, Errors errors) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				errors.rejectValue(field, "welfarePlan.error.required");
			}
			return null;
		}
		try {
			int year = Integer.parseInt(typed.strip());
			if (year < 2000 || year > 2100) {
				errors.rejectValue(field, "welfarePlan.error.year");
				return null;
			}
			return year;
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "welfarePlan.error.year");
			return null;
		}
	}

	static BigDecimal decimal(String field, String typed, boolean required, Errors errors) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				errors.rejectValue(field, "welfarePlan.error.required");
			}
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "welfarePlan.error.number");
			return null;
		}
	}

	static LocalDate date(String field, String typed, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "welfarePlan.error.required");
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
			errors.rejectValue(field, "welfarePlan.error.date");
			return null;
		}
	}

	/** A text that must be there and fit; null when it does not, with the error recorded. */
	static String text(String field, String typed, boolean required, int max, Errors errors) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				errors.rejectValue(field, "welfarePlan.error.required");
			}
			return null;
		}
		if (typed.strip().length() > max) {
			errors.rejectValue(field, "welfarePlan.error.tooLong", new Object[] { max }, null);
			return null;
		}
		return typed.strip();
	}
}
