package fi.yhdessa.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-cases text and drops accents (café → cafe) but keeps å, ä and ö, which are letters of
 * their own in Finnish and Swedish; splits text into words.
 */
final class TextFolding {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private TextFolding() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(text.length());
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == 'å' || c == 'ä' || c == 'ö' || c < 128) {
				folded.append(c);
			}
			else {
				folded.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
			}
		}
		return folded.toString();
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(fold(text));
		while (m.find()) {
			words.add(m.group());
		}
		return words;
	}
}
