package fi.yhdessa.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Splits Finnish and Swedish compound words into their parts (perhekahvila → perhe + kahvila,
 * barnrådgivningen → barn + rådgivningen) with a lexicon of the first parts common in family
 * services, so that "kahvila perheille" finds "Perhekahvila" and "vauvaryhmä" finds "vauva ryhmä".
 * Neither PostgreSQL's nor Lucene's Finnish stemmer splits compounds. The last part keeps its
 * inflection for the stemmer; a part must leave at least four letters behind it.
 */
final class Decompounder {

	/** First parts in the forms they take in compounds (nominative, genitive, Swedish linking forms). */
	static final Set<String> FIRST_PARTS = Set.of(
			// Finnish
			"perhe", "perheen", "perheiden", "vauva", "vauvojen", "lapsi", "lasten", "lapsiperhe", "lapsiperheiden", "nuori", "nuorten",
			"nuoriso", "isä", "isien", "äiti", "äitien", "äitiys", "vanhempain", "vanhemmuus", "koulu", "kouluterveys", "oppilas",
			"päivä", "päiväkoti", "koti", "kotihoito", "kerho", "ryhmä", "vertais", "vertaistuki", "kriisi", "sosiaali", "terveys",
			"mielenterveys", "päihde", "talous", "velka", "toimeentulo", "ero", "erotilanne", "pari", "parisuhde", "puhe", "liikunta",
			"leikki", "satu", "muskari", "harrastus", "kasvatus", "varhais", "varhaiskasvatus", "neuvola", "neuvonta", "perhetyö",
			"kriisipäivystys", "lähisuhde", "väkivalta", "kansainvälinen", "monikulttuurinen", "perusturva", "asiakas",
			// Swedish
			"familje", "familj", "barn", "baby", "föräldra", "förälder", "mamma", "pappa", "ungdoms", "skol", "skola", "social",
			"hälso", "dag", "hem", "kris", "skuld", "ekonomi", "mödra", "rådgivnings", "kamrat", "grupp", "lek", "musik", "fritids");

	/** Case endings that follow a first part in an inflected word (perhe-ille), not in a compound. */
	private static final Set<String> ENDINGS = Set.of("ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iden", "itten",
			"ineen", "essa", "essä", "esta", "estä", "elle", "ella", "ellä", "elta", "eltä", "ssaan", "ssään", "lleen", "staan", "stään",
			"ensa", "ensä", "emme", "enne", "esi");

	private static final int MIN_REST = 4;
	private static final List<String> LONGEST_FIRST = FIRST_PARTS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

	private Decompounder() {
	}

	/** The parts of a folded word, or an empty list when it is not a compound the lexicon knows. */
	static List<String> parts(String word) {
		for (String first : LONGEST_FIRST) {
			if (word.length() >= first.length() + MIN_REST && word.startsWith(first) && !ENDINGS.contains(word.substring(first.length()))) {
				String rest = word.substring(first.length());
				List<String> parts = new ArrayList<>();
				parts.add(first);
				List<String> restParts = parts(rest);
				if (restParts.isEmpty()) {
					parts.add(rest);
				}
				else {
					parts.addAll(restParts);
				}
				return parts;
			}
		}
		return List.of();
	}

	/** The text with the parts of its compound words added after it. */
	static String withParts(String text) {
		StringBuilder expanded = new StringBuilder(text == null ? "" : text);
		for (String word : TextFolding.words(text)) {
			for (String part : parts(word)) {
				expanded.append(' ').append(part);
			}
		}
		return expanded.toString();
	}
}
