package fi.yhdessa.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.util.MultiValueMap;

/** What casework's forms send, read leniently: a blank field is absent, a malformed choice or date is a {@link Problem} shown beside the form. */
final class FormValues {

	private FormValues() {
	}

	static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Text as typed, where an empty field clears what was there. */
	static String text(MultiValueMap<String, String> form, String name) {
		return form.containsKey(name) ? Objects.requireNonNullElse(form.getFirst(name), "") : null;
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
		return parsed(() -> {
			String value = value(form, name);
			return value == null ? null : LocalDate.parse(value);
		});
	}

	static Integer integer(MultiValueMap<String, String> form, String name) {
		String value = value(form, name);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw new Problem("form.error.choice");
		}
	}

	static <T> T parsed(Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (DateTimeParseException e) {
			throw new Problem("form.error.date");
		}
	}
}
