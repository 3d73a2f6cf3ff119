package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The directory's services in a Lucene index: per language a name field, a kind field and a text
 * field, each analysed by that language's {@link TextAnalyzer}; the id, topics, municipalities and
 * what a search is narrowed by as they are, for filters and facet counts; the places as geo points.
 * Built whole from what PostgreSQL holds, then kept current service by service.
 */
public final class ServiceIndex implements AutoCloseable {

	private final Directory directory;
	private final IndexWriter writer;
	private final Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);
	private final SearcherManager searchers;
	private final FacetCounting facets = new FacetCounting();
	private final Spelling spelling;
	private volatile Understanding understanding;

	/** The synonyms and needs a family's words are understood by; replaced whole when editors change them. */
	private record Understanding(Phrases<String> synonyms, NeedsVocabulary needs, Set<String> words, Map<String, Query> needWords) {

		/** With the words that name each need as a query over whole words (a phrase's word counts whole, as in {@link Phrases}). */
		static Understanding of(List<SynonymRule> synonyms, List<NeedsVocabulary.Need> needs) {
			Map<SearchLanguage, Analyzer> wholeWords = new EnumMap<>(SearchLanguage.class);
			for (SearchLanguage language : SearchLanguage.values()) {
				wholeWords.put(language, new TextAnalyzer(language, CompoundParts.none()));
			}
			QueryBuilding saying = new QueryBuilding(wholeWords);
			Map<String, Query> needWords = new HashMap<>();
			for (NeedsVocabulary.Need need : needs) {
				needWords.put(need.code(), saying.needWords(need));
			}
			Phrases<String> phrases = new Phrases<>();
			Set<String> words = new HashSet<>();
			synonyms.forEach(rule -> {
				phrases.add(rule.language(), rule.phrase(), rule.expansion());
				words.addAll(TextAnalyzer.words(rule.phrase()));
			});
			needs.forEach(need -> need.phrases().values().forEach(said -> said.forEach(phrase -> words.addAll(TextAnalyzer.words(phrase)))));
			return new Understanding(phrases, new NeedsVocabulary(needs), Set.copyOf(words), Map.copyOf(needWords));
		}
	}

	/**
	 * An index in this directory: what it holds already when {@code fresh} is false, empty otherwise.
	 *
	 * @throws org.apache.lucene.store.LockObtainFailedException when another writer holds the directory
	 */
	ServiceIndex(Directory directory, boolean fresh, CompoundParts parts, List<SynonymRule> synonyms, List<NeedsVocabulary.Need> needs)
			throws IOException {
		this.directory = directory;
		Map<String, Analyzer> perField = new HashMap<>();
		for (SearchLanguage language : SearchLanguage.values()) {
			Analyzer analyzer = new TextAnalyzer(language, parts);
			analyzers.put(language, analyzer);
			for (IndexFields.Part part : IndexFields.Part.values()) {
				perField.put(part.field(language), analyzer);
			}
		}
		perField.put(IndexFields.WORDS, new Spelling.WrittenWords());
		this.spelling = new Spelling(analyzers);
		this.writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.get(SearchLanguage.FI), perField))
			.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.searchers = new SearcherManager(writer, null);
		this.understanding = Understanding.of(synonyms, needs);
	}

	/**
	 * An index in memory of these services, their compounds split with the general parts and the words
	 * of their names and kinds, and queries understood with these synonyms and the seed list of needs.
	 */
	public static ServiceIndex of(List<IndexedService> services, List<SynonymRule> synonyms) {
		return of(services, synonyms, NeedsVocabulary.seed());
	}

	static ServiceIndex of(List<IndexedService> services, List<SynonymRule> synonyms, List<NeedsVocabulary.Need> needs) {
		try {
			ServiceIndex index = new ServiceIndex(new ByteBuffersDirectory(), true, CompoundParts.of(services), synonyms, needs);
			index.put(services);
			return index;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Understands the words of later searches with these synonyms and needs. */
	void understand(List<SynonymRule> synonyms, List<NeedsVocabulary.Need> needs) {
		understanding = Understanding.of(synonyms, needs);
	}

	/** Adds these services, or replaces them by id, and makes them searchable. */
	public void put(List<IndexedService> services) {
		try {
			for (IndexedService service : services) {
				writer.updateDocument(new Term(IndexFields.ID, service.id().toString()), facets.withFacets(ServiceDocument.of(service), service));
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Removes these services from the search. */
	public void remove(List<UUID> ids) {
		try {
			for (UUID id : ids) {
				writer.deleteDocuments(new Term(IndexFields.ID, id.toString()));
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes what is indexed durable in the index's directory, with this note of where it is up to. */
	void commit(Map<String, String> upTo) throws IOException {
		writer.setLiveCommitData(upTo.entrySet());
		writer.commit();
	}

	/** {@link #search(SearchQuery)} of the first results of these words. */
	public Hits search(String text, int limit) {
		return search(SearchQuery.of(text, limit));
	}

	/** {@link #search(SearchQuery)} of the first results of these words within the filters. */
	public Hits search(String text, Filters filters, int limit) {
		return search(SearchQuery.of(text, limit).within(filters));
	}

	/**
	 * The services that answer the words within the filters, best first (or, without words, nearest
	 * first or by name), how many answer them in all and how many of those each municipality, topic,
	 * channel and kind has, the needs the words were understood to speak of, and for each service which
	 * of those needs it helps with.
	 */
	public Hits search(SearchQuery query) {
		Understanding current = understanding;
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				QueryBuilding queries = new QueryBuilding(analyzers);
				String corrected = query.text().isEmpty() || query.asYouType() ? null : spelling.corrected(query.text(), searcher.getIndexReader(), current.words());
				if (corrected != null) {
					query = query.withText(corrected);
				}
				List<NeedsVocabulary.Need> understood = query.text().isEmpty() ? List.of() : current.needs().understood(query.text(), analyzers);
				QueryBuilding.Meaning meaning = query.text().isEmpty() ? QueryBuilding.Meaning.none() : meaning(current, query.text(), understood);
				Ranking ranking = new Ranking(queries, query, meaning);
				Answers answers = new Answers(searcher, facets, understood, corrected);
				return query.grouped() ? answers.grouped(ranking, query) : answers.ranked(ranking, query);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The synonyms the words hold and the needs they speak of. A synonym held only by words that describe
	 * a need is not used: the need says what they mean.
	 */
	private QueryBuilding.Meaning meaning(Understanding current, String text, List<NeedsVocabulary.Need> understood) {
		Set<String> describing = current.needs().wordsDescribingNeeds(text, analyzers);
		String naming = TextAnalyzer.words(text).stream().filter(word -> !describing.contains(word)).collect(Collectors.joining(" "));
		return new QueryBuilding.Meaning(current.synonyms().heldBy(naming, analyzers), understood, describing,
				understood.stream().map(need -> current.needWords().get(need.code())).toList());
	}

	/**
	 * How many answer in all, the ones asked for, the needs the words were understood to speak of, the
	 * counts per facet, and the words searched for instead when some were not known (else null).
	 */
	public record Hits(long total, List<Hit> hits, List<NeedsVocabulary.Need> understood, Map<String, List<Count>> facets, String correctedText) {

		public List<UUID> ids() {
			return hits.stream().map(Hit::id).toList();
		}
	}

	/** A value of a facet (a municipality, topic, channel or kind) and how many of the services found have it. */
	public record Count(String value, long count) {
	}

	/**
	 * A service found, the needs of the search it helps with ("helps with: a baby's sleep"), and in a
	 * grouped search the same activity's other services (other places), in the group's order.
	 */
	public record Hit(UUID id, List<NeedsVocabulary.Need> helpsWith, List<UUID> sameActivity) {

		public Hit(UUID id, List<NeedsVocabulary.Need> helpsWith) {
			this(id, helpsWith, List.of());
		}
	}

	public int size() {
		return writer.getDocStats().numDocs;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
