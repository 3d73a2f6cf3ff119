package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": a word that no service has in any form, and that no synonym or need is said with, is
 * replaced by the nearest word, two letters away at most, that the services' names and kinds have as
 * written (Lucene's direct spell checker on the {@link IndexFields#WORDS} field). The words of the
 * vocabulary are understood as they are — "inte" of "barnet pratar inte" is not a misspelt "ilta".
 */
final class Spelling {

	/** Shorter words have too many neighbours to correct towards. */
	private static final int SHORTEST = 4;

	/** The words as the services' texts write them: lower-cased, nothing else. */
	static final class WrittenWords extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer words = new StandardTokenizer();
			TokenStream lowerCased = new LowerCaseFilter(words);
			return new TokenStreamComponents(words, lowerCased);
		}
	}

	private final DirectSpellChecker checker = new DirectSpellChecker();
	private final Map<SearchLanguage, Analyzer> analyzers;
	private final Map<SearchLanguage, Analyzer> wholeWords = new EnumMap<>(SearchLanguage.class);

	Spelling(Map<SearchLanguage, Analyzer> analyzers) {
		this.analyzers = analyzers;
		analyzers.keySet().forEach(language -> wholeWords.put(language, new TextAnalyzer(language, CompoundParts.none())));
	}

	/** The text with each unknown word corrected, but none of {@code understood}; null when no word was corrected. */
	String corrected(String text, IndexReader index, Set<String> understood) throws IOException {
		List<String> words = new ArrayList<>(TextAnalyzer.words(text));
		boolean changed = false;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.length() < SHORTEST || understood.contains(word) || known(word, index)) {
				continue;
			}
			SuggestWord[] nearest = checker.suggestSimilar(new Term(IndexFields.WORDS, word), 1, index, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (nearest.length > 0) {
				words.set(i, nearest[0].string);
				changed = true;
			}
		}
		return changed ? String.join(" ", words) : null;
	}

	/**
	 * Whether some service has the word, as a whole in a form one of the languages makes of it, or as
	 * a compound every part of which some service has (vauvauinti where vauva and uinti are known).
	 */
	private boolean known(String word, IndexReader index) throws IOException {
		for (SearchLanguage language : analyzers.keySet()) {
			Set<String> whole = TextAnalyzer.terms(wholeWords.get(language), word);
			if (anyKnown(whole, language, index)) {
				return true;
			}
			Set<String> parts = new LinkedHashSet<>(TextAnalyzer.terms(analyzers.get(language), word));
			parts.removeAll(whole);
			if (!parts.isEmpty()) {
				boolean everyPart = true;
				for (String part : parts) {
					everyPart = everyPart && anyKnown(Set.of(part), language, index);
				}
				if (everyPart) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean anyKnown(Set<String> terms, SearchLanguage language, IndexReader index) throws IOException {
		for (String term : terms) {
			for (IndexFields.Part part : IndexFields.Part.values()) {
				if (index.docFreq(new Term(part.field(language), term)) > 0) {
					return true;
				}
			}
		}
		return false;
	}
}
