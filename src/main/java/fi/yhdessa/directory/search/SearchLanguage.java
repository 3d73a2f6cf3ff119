package fi.yhdessa.directory.search;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * A language of the directory's texts, with the stemming that brings its inflected words together.
 * Finnish and Swedish words get two stems, Lucene's light stemmer's and Snowball's, at the same
 * position: each brings together forms the other misses (Finnish väkivalta/väkivaltaa only the light
 * one, Swedish föräldrar/föräldrarna only Snowball), and a family's word needs only one in common
 * with the text. English has Porter's.
 */
public enum SearchLanguage {

	FI, SV, EN;

	public static SearchLanguage of(Locale locale) {
		return switch (locale.getLanguage()) {
			case "sv" -> SV;
			case "en" -> EN;
			default -> FI;
		};
	}

	/** Lucene's stop words of the language. */
	CharArraySet stopWords() {
		return switch (this) {
			case FI -> FinnishAnalyzer.getDefaultStopSet();
			case SV -> SwedishAnalyzer.getDefaultStopSet();
			case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
		};
	}

	TokenStream stemmed(TokenStream words) {
		return switch (this) {
			case FI -> new RemoveDuplicatesTokenFilter(new FinnishLightStemFilter(new SnowballAlongside(words, new FinnishStemmer())));
			case SV -> new RemoveDuplicatesTokenFilter(new SwedishLightStemFilter(new SnowballAlongside(words, new SwedishStemmer())));
			case EN -> new PorterStemFilter(new EnglishPossessiveFilter(words));
		};
	}
}
