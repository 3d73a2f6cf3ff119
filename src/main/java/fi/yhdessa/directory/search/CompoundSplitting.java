package fi.yhdessa.directory.search;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Each compound word also as its parts, on Lucene's compound filter base with a dictionary of parts:
 * the longest part the word begins with and the rest after it, the rest split again the same way
 * (lähisuhdeväkivaltatyö → lähisuhde, väkivaltatyö, väkivalta, työ). The rest need not be in the
 * dictionary (perhesirkus → perhe, sirkus), so that a compound of a known first part and a word the
 * directory has never seen alone is still found by that word; a rest that is only a Finnish case
 * ending (perhe-ille) is the word inflected, not a compound. A word that begins with no part is
 * split before the longest part of at least {@value #MIN_REST} letters it ends with (sirkuskoulu →
 * koulu). Parts inside a word are not looked for: lapsilisä is lapsi and lisä, not isä.
 */
final class CompoundSplitting extends CompoundWordTokenFilterBase {

	/** The shortest rest split off after a first part, or head found at the end of a word. */
	private static final int MIN_REST = 4;
	private static final CharArraySet ENDINGS = new CharArraySet(Set.of("ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iden",
			"itten", "ineen", "essa", "essä", "esta", "estä", "elle", "ella", "ellä", "elta", "eltä", "ssaan", "ssään", "lleen", "staan", "stään", "ensa",
			"ensä", "emme", "enne"), false);

	CompoundSplitting(TokenStream input, CharArraySet parts, int minWord, int minPart) {
		super(input, parts, minWord, minPart, 30, false);
	}

	@Override
	protected void decompose() {
		int length = termAtt.length();
		if (!split(termAtt.buffer(), 0, length)) {
			head(termAtt.buffer(), length);
		}
	}

	/** Splits the word from {@code start} after the longest part it begins with; false when it begins with none. */
	private boolean split(char[] word, int start, int end) {
		for (int size = Math.min(maxSubwordSize, end - start - minSubwordSize); size >= minSubwordSize; size--) {
			int rest = end - start - size;
			if (!dictionary.contains(word, start, size)) {
				continue;
			}
			boolean restIsPart = dictionary.contains(word, start + size, rest);
			if (restIsPart || (rest >= MIN_REST && !ENDINGS.contains(word, start + size, rest))) {
				tokens.add(new CompoundToken(start, size));
				tokens.add(new CompoundToken(start + size, rest));
				split(word, start + size, end);
				return true;
			}
		}
		return false;
	}

	/** The longest part of at least {@value #MIN_REST} letters the word ends with, after a few letters of its own. */
	private void head(char[] word, int length) {
		for (int start = minSubwordSize; start <= length - MIN_REST; start++) {
			int size = length - start;
			if (size <= maxSubwordSize && dictionary.contains(word, start, size)) {
				tokens.add(new CompoundToken(start, size));
				return;
			}
		}
	}
}
