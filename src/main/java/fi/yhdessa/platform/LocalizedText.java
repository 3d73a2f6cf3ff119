package fi.yhdessa.platform;

import java.util.Locale;

/**
 * A text in Finnish, Swedish and English. Any of them may be missing, but not all: a missing one
 * is shown in Finnish, or else in Swedish or English, and a page tells so honestly with
 * {@link #isFallback(Locale)} and {@link #shownIn(Locale)}.
 */
public record LocalizedText(String fi, String sv, String en) {

	public LocalizedText {
		fi = blankToNull(fi);
		sv = blankToNull(sv);
		en = blankToNull(en);
		if (fi == null && sv == null && en == null) {
			throw new IllegalArgumentException("A text needs at least one of Finnish, Swedish and English");
		}
	}

	public static LocalizedText of(String fi, String sv, String en) {
		return new LocalizedText(fi, sv, en);
	}

	/** The text, or null when it is given in no language. */
	public static LocalizedText ofNullable(String fi, String sv, String en) {
		return blankToNull(fi) == null && blankToNull(sv) == null && blankToNull(en) == null ? null : new LocalizedText(fi, sv, en);
	}

	/** The text in one language only: {@code fi}, {@code sv} or {@code en}. */
	public static LocalizedText in(String language, String text) {
		return switch (language) {
			case "sv" -> new LocalizedText(null, text, null);
			case "en" -> new LocalizedText(null, null, text);
			default -> new LocalizedText(text, null, null);
		};
	}

	public String in(Locale locale) {
		return text(shownIn(locale));
	}

	/** The language the text is shown in for a reader of {@code locale}: theirs when it is there. */
	public String shownIn(Locale locale) {
		String wanted = switch (locale.getLanguage()) {
			case "sv", "en" -> locale.getLanguage();
			default -> "fi";
		};
		if (text(wanted) != null) {
			return wanted;
		}
		return fi != null ? "fi" : sv != null ? "sv" : "en";
	}

	public boolean isFallback(Locale locale) {
		return !shownIn(locale).equals(switch (locale.getLanguage()) {
			case "sv", "en" -> locale.getLanguage();
			default -> "fi";
		});
	}

	/** The text in one language, or null when it is not given in it. */
	public String text(String language) {
		return switch (language) {
			case "sv" -> sv;
			case "en" -> en;
			default -> fi;
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
