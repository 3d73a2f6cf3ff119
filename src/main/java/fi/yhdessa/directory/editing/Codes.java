package fi.yhdessa.directory.editing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Codes made of names for what editors add (a need, a kind of service): lower-case letters a–z, digits and hyphens. */
final class Codes {

	private Codes() {
	}

	static String of(String name) {
		String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String code = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		code = code.length() > 50 ? code.substring(0, 50).replaceAll("-+$", "") : code;
		return code.length() < 2 ? "x-" + code : code;
	}

	/** The code, or with -2, -3, … after it when it is taken. */
	static String unused(String code, Predicate<String> taken) {
		String candidate = code;
		for (int i = 2; taken.test(candidate); i++) {
			candidate = code + "-" + i;
		}
		return candidate;
	}
}
