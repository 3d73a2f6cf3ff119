package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How a text of one language becomes search terms: words by Unicode's rules, lower-cased, the
 * language's stop words left out (ja, och, the; Finnish ei too, so "vauva ei nuku" is about a baby
 * and sleeping), accents
 * other than å, ä and ö dropped (café → cafe); each compound word also as its parts
 * ({@link CompoundSplitting}: perhekahvilat → perhekahvilat, perhe, kahvilat), every word and part stemmed; last, å, ä and
 * ö written as a and o, so that a family who leaves the dots out finds the word (aiti → äiti). The
 * compound dictionary and the stemmers see the letters as written. (Lucene's Scandinavian folding
 * is not used: it also folds double vowels, which Finnish words differ by — tuli, tuuli.)
 */
final class TextAnalyzer extends Analyzer {

	/** The shortest part split off a compound (isä in isäryhmä); which parts there are, the dictionary says. */
	private static final int MIN_PART = 3;

	private final SearchLanguage language;
	private final CharArraySet parts;

	TextAnalyzer(SearchLanguage language, CompoundParts parts) {
		this.language = language;
		this.parts = parts.words();
	}

	/** The words of a text as a family typed them, lower-cased; an apostrophe stays inside a word (doesn't). */
	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")).filter(word -> !word.isBlank()).toList();
	}

	/** The terms an analyzer makes of a text, in order, each once. */
	static Set<String> terms(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	@Override
	protected TokenStreamComponents createComponents(String field) {
		Tokenizer words = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(words);
		stream = new StopFilter(stream, language.stopWords());
		stream = new NordicAccentFolding(stream);
		stream = new CompoundSplitting(stream, parts, MIN_PART * 2, MIN_PART);
		stream = new ASCIIFoldingFilter(language.stemmed(stream));
		return new TokenStreamComponents(words, stream);
	}

	@Override
	protected TokenStream normalize(String field, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
