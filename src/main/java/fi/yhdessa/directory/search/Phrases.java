package fi.yhdessa.directory.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Phrases in everyday words that stand for something (a need, a synonym's expansion). A query holds
 * a phrase when it has every word of it, in any form the language's analysis brings together; a
 * phrase's word counts whole (perhetyö is not in perhekahvila for sharing perhe), a query's word also
 * by the parts of its compounds (väkivalta is in perheväkivaltaa). Stop words of a phrase are left out, but a
 * phrase that says "not" is held only by words that say it too (lapsi ei puhu is not lapsi puhuu ruotsia).
 *
 * @param <T> what a phrase stands for
 */
final class Phrases<T> {

	/**
	 * @param order where the phrase was added among its language's
	 * @param sentence whether the phrase has words the analysis leaves out (ei, inte, doesn't): it says something, it does not name it
	 * @param negated whether the phrase says "not": only words that say it too hold it
	 */
	private record Phrase<T>(int order, T meaning, List<Set<String>> words, boolean sentence, boolean negated) {

		/** Whether every word of the phrase is one of the query's words in some form, and the query says "not" if the phrase does. */
		boolean heldBy(List<Set<String>> query, boolean queryNegated) {
			if (negated && !queryNegated) {
				return false;
			}
			for (Set<String> word : words) {
				if (query.stream().allMatch(asked -> Collections.disjoint(word, asked))) {
					return false;
				}
			}
			return true;
		}
	}

	/** The words that say "not" in each language (Finnish's negative verb in each person; Swedish "en" is an article). */
	private static final Map<SearchLanguage, Set<String>> NEGATIONS = Map.of(
			SearchLanguage.FI, Set.of("ei", "en", "et", "emme", "ette", "eivät", "eikä"),
			SearchLanguage.SV, Set.of("inte", "ej", "icke", "aldrig", "inga", "ingen", "inget"),
			SearchLanguage.EN, Set.of("not", "no", "never", "don't", "doesn't", "won't", "can't", "cannot", "isn't", "aren't", "didn't"));

	/** Per language, the phrases by each term of their first word: only those a query has a term of can be held by it. */
	private final Map<SearchLanguage, Map<String, List<Phrase<T>>>> byFirstWord = new EnumMap<>(SearchLanguage.class);
	private final Map<SearchLanguage, Integer> added = new EnumMap<>(SearchLanguage.class);
	private final Map<SearchLanguage, Analyzer> wholeWords = new EnumMap<>(SearchLanguage.class);

	/** Adds a phrase of a language. */
	void add(SearchLanguage language, String phrase, T meaning) {
		List<Set<String>> words = words(wholeWords.computeIfAbsent(language, l -> new TextAnalyzer(l, CompoundParts.none())), phrase);
		if (!words.isEmpty()) {
			List<String> written = TextAnalyzer.words(phrase);
			Phrase<T> added = new Phrase<>(this.added.merge(language, 1, Integer::sum), meaning, words, words.size() < written.size(),
					saysNot(language, written));
			Map<String, List<Phrase<T>>> ofLanguage = byFirstWord.computeIfAbsent(language, l -> new HashMap<>());
			words.getFirst().forEach(term -> ofLanguage.computeIfAbsent(term, t -> new ArrayList<>()).add(added));
		}
	}

	/** What the phrases that the text holds stand for, in the order they were added per language. */
	Set<T> heldBy(String text, Map<SearchLanguage, Analyzer> analyzers) {
		Set<T> found = new LinkedHashSet<>();
		List<String> typed = TextAnalyzer.words(text);
		analyzers.forEach((language, analyzer) -> {
			if (!byFirstWord.containsKey(language)) {
				return;
			}
			List<Set<String>> query = words(analyzer, text);
			boolean saysNot = saysNot(language, typed);
			for (Phrase<T> phrase : candidates(language, query)) {
				if (phrase.heldBy(query, saysNot)) {
					found.add(phrase.meaning());
				}
			}
		});
		return found;
	}

	/** The phrases of a language whose first word is one of the query's words in some form, in the order they were added. */
	private Collection<Phrase<T>> candidates(SearchLanguage language, List<Set<String>> query) {
		Map<String, List<Phrase<T>>> ofLanguage = byFirstWord.getOrDefault(language, Map.of());
		SortedMap<Integer, Phrase<T>> found = new TreeMap<>();
		query.forEach(asked -> asked.forEach(term -> ofLanguage.getOrDefault(term, List.of()).forEach(phrase -> found.put(phrase.order(), phrase))));
		return found.values();
	}

	/**
	 * The words of the text (as {@link TextAnalyzer#words} gives them) that make up a phrase the text
	 * holds that is a sentence: words that describe something (rahat ei riitä) rather than name it
	 * (speech therapy).
	 */
	Set<String> wordsOfSentences(String text, Map<SearchLanguage, Analyzer> analyzers) {
		Set<String> covered = new LinkedHashSet<>();
		List<String> typed = TextAnalyzer.words(text);
		analyzers.forEach((language, analyzer) -> {
			List<Set<String>> query = typed.stream().map(word -> TextAnalyzer.terms(analyzer, word)).toList();
			boolean saysNot = saysNot(language, typed);
			for (Phrase<T> phrase : candidates(language, query)) {
				if (!phrase.sentence() || !phrase.heldBy(query, saysNot)) {
					continue;
				}
				for (int i = 0; i < typed.size(); i++) {
					Set<String> asked = query.get(i);
					if (phrase.words().stream().anyMatch(word -> !Collections.disjoint(word, asked))) {
						covered.add(typed.get(i));
					}
				}
			}
		});
		return covered;
	}

	/** Whether the words say "not" in the language. */
	private static boolean saysNot(SearchLanguage language, List<String> words) {
		return words.stream().anyMatch(NEGATIONS.get(language)::contains);
	}

	/** Each word of the text as the terms the analysis makes of it; stop words make none and are left out. */
	private static List<Set<String>> words(Analyzer analyzer, String text) {
		List<Set<String>> words = new ArrayList<>();
		for (String word : TextAnalyzer.words(text)) {
			Set<String> terms = TextAnalyzer.terms(analyzer, word);
			if (!terms.isEmpty()) {
				words.add(terms);
			}
		}
		return words;
	}
}
