package fi.yhdessa.platform;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ, checked by its control
 * character. Codes with an individual number 900–999 are the range reserved for testing; the
 * synthetic people of this repository have only those.
 */
public record PersonalIdentityCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+ABCDEFYXWVU])(\\d{3})([0-9A-Y])");
	private static final String CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY";

	public PersonalIdentityCode {
		value = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (parse(value).isEmpty()) {
			throw new IllegalArgumentException("Not a valid personal identity code");
		}
	}

	public static boolean isValid(String candidate) {
		return candidate != null && parse(candidate.strip().toUpperCase(Locale.ROOT)).isPresent();
	}

	/** A code from the test range for someone born on the given date. */
	public static PersonalIdentityCode synthetic(LocalDate birthDate, int individualNumber) {
		if (individualNumber < 900 || individualNumber > 999) {
			throw new IllegalArgumentException("Synthetic codes use individual numbers 900–999");
		}
		int year = birthDate.getYear();
		char century = year >= 2000 ? 'A' : year >= 1900 ? '-' : '+';
		String digits = "%02d%02d%02d".formatted(birthDate.getDayOfMonth(), birthDate.getMonthValue(), year % 100);
		String individual = "%03d".formatted(individualNumber);
		char control = CONTROL.charAt((int) (Long.parseLong(digits + individual) % 31));
		return new PersonalIdentityCode(digits + century + individual + control);
	}

	public LocalDate birthDate() {
		return parse(value).orElseThrow();
	}

	public boolean isTestRange() {
		return Integer.parseInt(value.substring(7, 10)) >= 900;
	}

	private static Optional<LocalDate> parse(String candidate) {
		Matcher m = FORMAT.matcher(candidate);
		if (!m.matches()) {
			return Optional.empty();
		}
		int century = switch (m.group(4).charAt(0)) {
			case '+' -> 1800;
			case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
			default -> 2000;
		};
		long number = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + m.group(5));
		if (CONTROL.charAt((int) (number % 31)) != m.group(6).charAt(0)) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
		}
		catch (java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		// Never print a whole code into logs by accident.
		return "PersonalIdentityCode[" + value.substring(0, 6) + "*****]";
	}
}
