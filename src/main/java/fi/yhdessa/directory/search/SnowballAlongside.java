package fi.yhdessa.directory.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Each word, and after it at the same position its Snowball stem marked as a keyword, so that the
 * light stemmer that follows stems the word and leaves the Snowball stem alone (a duplicate of the two
 * is removed after them).
 */
final class SnowballAlongside extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
	private final SnowballStemmer snowball;
	private State word;

	SnowballAlongside(TokenStream input, SnowballStemmer snowball) {
		super(input);
		this.snowball = snowball;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (word != null) {
			restoreState(word);
			word = null;
			snowball.setCurrent(term.toString());
			snowball.stem();
			term.setEmpty().append(snowball.getCurrent());
			position.setPositionIncrement(0);
			keyword.setKeyword(true);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			word = captureState();
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		word = null;
	}
}
