package fi.yhdessa.network.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.validation.MapBindingResult;

/** A date typed into a form (31.12.2026 or 2026-12-31): a date, or an error beside the field; never both, never an exception. */
final class TypedDateFuzzer {

	private TypedDateFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		boolean required = data.consumeBoolean();
		String typed = data.consumeRemainingAsString();
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");
		LocalDate date = Dates.parse("date", typed, required, errors);
		if (date != null && errors.hasErrors()) {
			throw new IllegalStateException("both a date and an error for " + typed);
		}
		if (date == null && !errors.hasErrors() && !(typed.isBlank() && !required)) {
			throw new IllegalStateException("neither a date nor an error for " + typed);
		}
	}
}
