package fi.yhdessa.directory.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's ASCII folding (café → cafe, Šárka → sarka) except for å, ä and ö, which are letters of
 * their own in Finnish and Swedish: the compound dictionary and the stemmers see them as written, and
 * they are folded last ({@link TextAnalyzer}).
 */
final class NordicAccentFolding extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final char[] one = new char[1];
	private final char[] folded = new char[4];

	NordicAccentFolding(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (plain(term.buffer(), term.length())) {
			return true;
		}
		StringBuilder text = new StringBuilder(term.length());
		for (int i = 0; i < term.length(); i++) {
			char c = term.buffer()[i];
			if (kept(c)) {
				text.append(c);
			}
			else {
				one[0] = c;
				text.append(folded, 0, ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1));
			}
		}
		term.setEmpty().append(text);
		return true;
	}

	private static boolean plain(char[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			if (!kept(buffer[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean kept(char c) {
		return c < 128 || c == 'å' || c == 'ä' || c == 'ö';
	}
}
