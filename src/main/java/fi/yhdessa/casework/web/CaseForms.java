package fi.yhdessa.casework.web;

import fi.yhdessa.casework.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What the case page's forms share: the longest texts they take and how typed values are read. */
public final class CaseForms {

	/** A name or a role. */
	static final int NAME = 200;
	/** A reason, a note or a legal basis. */
	static final int SHORT = 1_000;
	/** A description, a view or a list of lines. */
	static final int LONG = 10_000;

	private CaseForms() {
	}

	/** As typed, so that it is shown again as it was; a field not sent is empty. */
	static String typed(String value) {
		return value == null ? "" : value;
	}

	/** A blank field is absent. */
	static String value(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	/** Lines of a text area, none when blank. */
	static List<String> lines(String typed) {
		return FormValues.lines(value(typed));
	}

	/** A date from a date field; a malformed one is refused with its reason. */
	static LocalDate date(String typed) {
		String value = value(typed);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new Problem("form.error.date");
		}
	}
}
