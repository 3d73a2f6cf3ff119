package fi.yhdessa.platform;

import java.util.Locale;

/**
 * A text in Finnish, Swedish and English; Swedish and English may be missing, and then the
 * Finnish text is shown (a page can tell so honestly with {@link #isFallback(Locale)}).
 */
public record LocalizedText(String fi, String sv, String en) {

	public LocalizedText {
		if (fi == null || fi.isBlank()) {
			throw new IllegalArgumentException("A text needs at least its Finnish form");
		}
	}

	public static LocalizedText of(String fi, String sv, String en) {
		return new LocalizedText(fi, blankToNull(sv), blankToNull(en));
	}

	public String in(Locale locale) {
		String wanted = switch (locale.getLanguage()) {
			case "sv" -> sv;
			case "en" -> en;
			default -> fi;
		};
		return wanted != null ? wanted : fi;
	}

	public boolean isFallback(Locale locale) {
		return switch (locale.getLanguage()) {
			case "sv" -> sv == null;
			case "en" -> en == null;
			default -> false;
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
