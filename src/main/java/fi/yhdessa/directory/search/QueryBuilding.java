package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

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
	/** While one types, a word this long already narrows the names it may be the start of. */
	private static final int UNFINISHED_FROM = 3;
	/** What a need's closest kind of service adds to a service's score: about a name word's match. */
	private static final float NEED_WEIGHT = 4f;
	/**
	 * What a service adds whose name, kind or text names a need the query speaks of in the vocabulary's
	 * words: for services that carry none of the kinds that help.
	 */
	private static final float NEED_WORDS_WEIGHT = 2f;
	/** A word that describes a need the query speaks of, as a word of a service's name or text. */
	private static final float DESCRIBING_WEIGHT = 0.3f;
	/** A synonym's expansion held by a service counts as two words of the query. */
	private static final float EXPANSION_WEIGHT = 2f;

	private final Map<SearchLanguage, Analyzer> analyzers;

	QueryBuilding(Map<SearchLanguage, Analyzer> analyzers) {
		this.analyzers = analyzers;
	}

	/**
	 * What the words were understood to mean beside themselves: the synonyms' expansions they hold, the
	 * needs they speak of, and which of the words describe those needs in a sentence.
	 */
	record Meaning(Collection<String> expansions, List<NeedsVocabulary.Need> needs, Set<String> describingNeeds, List<Query> needWords) {

		static Meaning none() {
			return new Meaning(List.of(), List.of(), Set.of(), List.of());
		}
	}

	/**
	 * A service's name, kind or text that has one of the need's one-word phrases or its one-word name in
	 * that phrase's language, in any form (unikoulu, koliikki, skuldrådgivning): the words that name the
	 * need on their own. The same for every search, so made once per vocabulary.
	 */
	Query needWords(NeedsVocabulary.Need need) {
		List<Query> fields = new ArrayList<>();
		for (Map.Entry<SearchLanguage, Analyzer> language : analyzers.entrySet()) {
			String code = language.getKey().name().toLowerCase(Locale.ROOT);
			List<String> said = new ArrayList<>(need.phrases().getOrDefault(code, List.of()));
			said.add(need.label().getOrDefault(code, ""));
			Set<BytesRef> terms = new HashSet<>();
			said.stream().filter(phrase -> phrase != null && TextAnalyzer.words(phrase).size() == 1)
				.forEach(word -> TextAnalyzer.terms(language.getValue(), word).forEach(term -> terms.add(new BytesRef(term))));
			if (!terms.isEmpty()) {
				for (IndexFields.Part part : IndexFields.Part.values()) {
					fields.add(new TermInSetQuery(part.field(language.getKey()), terms));
				}
			}
		}
		return new BoostQuery(new ConstantScoreQuery(new DisjunctionMaxQuery(fields, 0f)), NEED_WORDS_WEIGHT);
	}

	/**
	 * The words as a query over this index, the last word also as the start of a name's word while one
	 * types. A synonym's expansion that the words hold counts as two words when a service has every word
	 * of it; a need they speak of adds the kinds of service that help with it, the first kind the most,
	 * and the words that describe a need count less as words of a name or text (rahat ei riitä is about
	 * money running out, not about a service that speaks of riita, a quarrel, which Finnish stems alike).
	 */
	Query query(String text, boolean asYouType, Meaning meaning, IndexReader index) throws IOException {
		Collection<String> expansions = meaning.expansions();
		List<NeedsVocabulary.Need> needs = meaning.needs();
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int words = 0;
		List<String> typed = TextAnalyzer.words(text);
		for (int i = 0; i < typed.size(); i++) {
			Query matches = word(typed.get(i), index, true, asYouType && i == typed.size() - 1);
			if (matches != null) {
				all.add(meaning.describingNeeds().contains(typed.get(i)) ? new BoostQuery(matches, DESCRIBING_WEIGHT) : matches, BooleanClause.Occur.SHOULD);
				words++;
			}
		}
		for (String expansion : expansions) {
			BooleanQuery.Builder every = new BooleanQuery.Builder();
			int expansionWords = 0;
			for (String word : TextAnalyzer.words(expansion)) {
				Query matches = word(word, index, false, false);
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
		meaning.needWords().forEach(said -> all.add(said, BooleanClause.Occur.SHOULD));
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
	 * typo (a family's word, not an editor's): a form no service has, of a word that no language's
	 * services have in every form and part (neuvola is Finnish, not an English word to correct);
	 * null when every language takes it for a stop word.
	 */
	private Query word(String word, IndexReader index, boolean mayBeTypo, boolean unfinished) throws IOException {
		Map<String, Set<String>> termsByField = new LinkedHashMap<>();
		Set<String> knownTerms = new HashSet<>();
		boolean recognised = false;
		for (Map.Entry<SearchLanguage, Analyzer> language : analyzers.entrySet()) {
			Set<String> terms = TextAnalyzer.terms(language.getValue(), word);
			boolean everyForm = !terms.isEmpty();
			for (String term : terms) {
				boolean inLanguage = false;
				for (IndexFields.Part part : IndexFields.Part.values()) {
					inLanguage = inLanguage || index.docFreq(new Term(part.field(language.getKey()), term)) > 0;
				}
				if (inLanguage) {
					knownTerms.add(term);
				}
				everyForm = everyForm && inLanguage;
			}
			recognised = recognised || everyForm;
			for (IndexFields.Part part : IndexFields.Part.values()) {
				termsByField.put(part.field(language.getKey()), terms);
			}
		}
		boolean known = !knownTerms.isEmpty();
		List<Query> fields = new ArrayList<>();
		for (Map.Entry<String, Set<String>> field : termsByField.entrySet()) {
			if (field.getValue().isEmpty()) {
				continue;
			}
			IndexFields.Part part = IndexFields.Part.of(field.getKey());
			boolean typos = mayBeTypo && !recognised && (!known || part != IndexFields.Part.TEXT);
			BooleanQuery.Builder forms = new BooleanQuery.Builder();
			for (String term : field.getValue()) {
				forms.add(new TermQuery(new Term(field.getKey(), term)), BooleanClause.Occur.SHOULD);
				if (typos && term.length() >= TYPO_FROM && !knownTerms.contains(term)) {
					forms.add(new BoostQuery(new FuzzyQuery(new Term(field.getKey(), term), 1, 2), TYPO_WEIGHT), BooleanClause.Occur.SHOULD);
				}
			}
			fields.add(new BoostQuery(forms.build(), part.weight));
		}
		if (unfinished && word.length() >= UNFINISHED_FROM) {
			String start = folded(word.toLowerCase(Locale.ROOT));
			for (SearchLanguage language : analyzers.keySet()) {
				String field = IndexFields.Part.NAME.field(language);
				fields.add(new BoostQuery(new PrefixQuery(new Term(field, start)), IndexFields.Part.NAME.weight * TYPO_WEIGHT));
			}
		}
		return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, 0.1f);
	}

	/** The word with its letters folded to ASCII as the index's terms are (ä to a). */
	private static String folded(String word) {
		char[] letters = word.toCharArray();
		char[] ascii = new char[letters.length * 4];
		return new String(ascii, 0, ASCIIFoldingFilter.foldToASCII(letters, 0, ascii, 0, letters.length));
	}
}
