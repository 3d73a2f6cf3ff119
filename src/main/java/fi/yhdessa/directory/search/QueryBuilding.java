package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A family's words as a query. Each word is analysed as each language analyses it (its stems and the
 * parts of a compound) and looked for in every language's names, kinds and texts; a word counts once,
 * where it matches best, so a service that answers more of the words comes first. A long word also
 * matches the names and kinds one letter away (a typo, or a form the stemmers leave apart), and the
 * texts too when no service has the word in any form: fuzzy matching walks a field's term
 * dictionary, and the texts' is the largest. The needs the words speak of
 * ({@link NeedsVocabulary}) bring the kinds of service that help with them.
 */
final class QueryBuilding {

	/** Words shorter than this have too many neighbours one letter away to correct a typo towards. */
	private static final int TYPO_FROM = 5;
	private static final float TYPO_WEIGHT = 0.3f;
	/** What a need's closest kind of service adds to a service's score: about a name word's match. */
	private static final float NEED_WEIGHT = 4f;
	/** A synonym's expansion held by a service counts as two words of the query. */
	private static final float EXPANSION_WEIGHT = 2f;

	private final Map<SearchLanguage, Analyzer> analyzers;

	QueryBuilding(Map<SearchLanguage, Analyzer> analyzers) {
		this.analyzers = analyzers;
	}

	/**
	 * The words as a query over this index. A synonym's expansion that the words hold counts as two
	 * words when a service has every word of it; a need they speak of adds the kinds of service that
	 * help with it, the first kind the most.
	 */
	Query query(String text, Collection<String> expansions, List<NeedsVocabulary.Need> needs, IndexReader index) throws IOException {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int words = 0;
		for (String word : TextAnalyzer.words(text)) {
			Query matches = word(word, index, true);
			if (matches != null) {
				all.add(matches, BooleanClause.Occur.SHOULD);
				words++;
			}
		}
		for (String expansion : expansions) {
			BooleanQuery.Builder every = new BooleanQuery.Builder();
			int expansionWords = 0;
			for (String word : TextAnalyzer.words(expansion)) {
				Query matches = word(word, index, false);
				if (matches != null) {
					every.add(matches, BooleanClause.Occur.MUST);
					expansionWords++;
				}
			}
			if (expansionWords > 0) {
				all.add(new BoostQuery(every.build(), EXPANSION_WEIGHT), BooleanClause.Occur.SHOULD);
				words++;
			}
		}
		for (NeedsVocabulary.Need need : needs) {
			for (int i = 0; i < need.topics().size(); i++) {
				Query kind = new ConstantScoreQuery(new TermQuery(new Term(IndexFields.TOPIC, need.topics().get(i))));
				all.add(new BoostQuery(kind, i == 0 ? NEED_WEIGHT : NEED_WEIGHT / 2), BooleanClause.Occur.SHOULD);
			}
		}
		return words == 0 && needs.isEmpty() ? new MatchNoDocsQuery() : all.build();
	}

	/**
	 * Where the word matches best of every language's fields, one letter away too when it may be a
	 * typo (a family's word, not an editor's); null when every language takes it for a stop word.
	 */
	private Query word(String word, IndexReader index, boolean mayBeTypo) throws IOException {
		Map<String, Set<String>> termsByField = new LinkedHashMap<>();
		boolean known = false;
		for (Map.Entry<SearchLanguage, Analyzer> language : analyzers.entrySet()) {
			Set<String> terms = TextAnalyzer.terms(language.getValue(), word);
			for (IndexFields.Part part : IndexFields.Part.values()) {
				String field = part.field(language.getKey());
				termsByField.put(field, terms);
				for (String term : terms) {
					known = known || index.docFreq(new Term(field, term)) > 0;
				}
			}
		}
		List<Query> fields = new ArrayList<>();
		for (Map.Entry<String, Set<String>> field : termsByField.entrySet()) {
			if (field.getValue().isEmpty()) {
				continue;
			}
			IndexFields.Part part = IndexFields.Part.of(field.getKey());
			boolean typos = mayBeTypo && (!known || part != IndexFields.Part.TEXT);
			BooleanQuery.Builder forms = new BooleanQuery.Builder();
			for (String term : field.getValue()) {
				forms.add(new TermQuery(new Term(field.getKey(), term)), BooleanClause.Occur.SHOULD);
				if (typos && term.length() >= TYPO_FROM) {
					forms.add(new BoostQuery(new FuzzyQuery(new Term(field.getKey(), term), 1, 2), TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
				}
			}
			fields.add(new BoostQuery(forms.build(), part.weight));
		}
		return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
	}
}
