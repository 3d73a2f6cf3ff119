package fi.yhdessa.casework.web;

import fi.yhdessa.casework.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/** What casework's forms send, read leniently: a blank field is absent, a malformed choice or date is a {@link Problem} shown beside the form. */
public final class FormValues {

	private FormValues() {
	}

	static String value(MultiValueMap<String, String> form, String name) {
		return CaseForms.value(form.getFirst(name));
	}

	static List<String> lines(String value) {
		return value == null ? null : List.of(value.split("\\R"));
	}

	/** One of the choices of an enumeration, by its name; none when blank. */
	static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String name, Class<E> choices) {
		String value = value(form, name);
		try {
			return value == null ? null : Enum.valueOf(choices, value);
		}
		catch (IllegalArgumentException e) {
			throw new Problem("form.error.choice");
		}
	}

	static UUID uuid(MultiValueMap<String, String> form, String name) {
		String value = value(form, name);
		return value == null ? null : parse(value);
	}

	static UUID parse(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new Problem("form.error.choice");
		}
	}

	static LocalDate date(MultiValueMap<String, String> form, String name) {
		return CaseForms.date(form.getFirst(name));
	}
}
