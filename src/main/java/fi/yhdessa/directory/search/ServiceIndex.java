package fi.yhdessa.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The directory's services in a Lucene index: per language a name field, a kind field and a text
 * field, each analysed by that language's {@link TextAnalyzer}; the id, topics and municipalities as
 * they are, for filters and facet counts.
 * Built whole from what PostgreSQL holds, then kept current service by service.
 */
public final class ServiceIndex implements AutoCloseable {

	private final Directory directory;
	private final IndexWriter writer;
	private final Map<SearchLanguage, Analyzer> analyzers = new EnumMap<>(SearchLanguage.class);
	private final SearcherManager searchers;
	private final NeedsVocabulary needs;
	private final Phrases<String> synonyms = new Phrases<>();
	private final FacetCounting facets = new FacetCounting();

	private ServiceIndex(Directory directory, CompoundParts parts, List<SynonymRule> synonyms, List<NeedsVocabulary.Need> needs) throws IOException {
		this.directory = directory;
		Map<String, Analyzer> perField = new HashMap<>();
		for (SearchLanguage language : SearchLanguage.values()) {
			Analyzer analyzer = new TextAnalyzer(language, parts);
			analyzers.put(language, analyzer);
			for (IndexFields.Part part : IndexFields.Part.values()) {
				perField.put(part.field(language), analyzer);
			}
		}
		this.writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.get(SearchLanguage.FI), perField)));
		this.searchers = new SearcherManager(writer, null);
		this.needs = new NeedsVocabulary(needs);
		synonyms.forEach(rule -> this.synonyms.add(rule.language(), rule.phrase(), rule.expansion()));
	}

	/**
	 * An index in memory of these services, their compounds split with the general parts and the words
	 * of their names and kinds, and queries understood with these synonyms and the seed list of needs.
	 */
	public static ServiceIndex of(List<IndexedService> services, List<SynonymRule> synonyms) {
		return of(services, synonyms, NeedsVocabulary.seed());
	}

	static ServiceIndex of(List<IndexedService> services, List<SynonymRule> synonyms, List<NeedsVocabulary.Need> needs) {
		List<String> names = new ArrayList<>();
		for (IndexedService service : services) {
			names.addAll(service.names().values());
			service.kinds().values().forEach(names::addAll);
		}
		try {
			ServiceIndex index = new ServiceIndex(new ByteBuffersDirectory(), CompoundParts.withWordsOf(names), synonyms, needs);
			index.put(services);
			return index;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds these services, or replaces them by id, and makes them searchable. */
	public void put(List<IndexedService> services) {
		try {
			for (IndexedService service : services) {
				writer.updateDocument(new Term(IndexFields.ID, service.id().toString()), facets.withFacets(document(service), service));
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

	/** {@link #search(String, Filters, int)} without filters. */
	public Hits search(String text, int limit) {
		return search(text, Filters.none(), limit);
	}

	/**
	 * The services that answer the words within the filters, best first, how many answer them in all
	 * and how many of those each municipality and topic has, the needs the words were understood to
	 * speak of, and for each service which of those needs it helps with.
	 */
	public Hits search(String text, Filters filters, int limit) {
		List<NeedsVocabulary.Need> understood = needs.understood(text, analyzers);
		QueryBuilding queries = new QueryBuilding(analyzers);
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				Query query = filters.narrow(queries.query(text, synonyms.heldBy(text, analyzers), understood, searcher.getIndexReader()));
				FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, Math.max(1, limit), new FacetsCollectorManager());
				List<Hit> hits = new ArrayList<>();
				for (ScoreDoc found : result.topDocs().scoreDocs) {
					Document document = searcher.storedFields().document(found.doc);
					List<String> topics = List.of(document.getValues(IndexFields.TOPIC));
					hits.add(new Hit(UUID.fromString(document.get(IndexFields.ID)),
							understood.stream().filter(need -> need.topics().stream().anyMatch(topics::contains)).toList()));
				}
				long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
				return new Hits(total, hits, understood, facets.counts(searcher.getIndexReader(), result.facetsCollector()));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How many answer in all, the first of them, the needs the words were understood to speak of, and the counts per municipality and topic. */
	public record Hits(long total, List<Hit> hits, List<NeedsVocabulary.Need> understood, Map<String, List<FacetCounting.Count>> facets) {

		public List<UUID> ids() {
			return hits.stream().map(Hit::id).toList();
		}
	}

	/** A service found, and the needs of the search it helps with ("helps with: a baby's sleep"). */
	public record Hit(UUID id, List<NeedsVocabulary.Need> helpsWith) {
	}

	public int size() {
		return writer.getDocStats().numDocs;
	}

	private static Document document(IndexedService service) {
		Document document = new Document();
		document.add(new StringField(IndexFields.ID, service.id().toString(), Field.Store.YES));
		service.topics().forEach(code -> document.add(new StringField(IndexFields.TOPIC, code, Field.Store.YES)));
		service.municipalities().forEach(code -> document.add(new StringField(IndexFields.MUNICIPALITY, code, Field.Store.NO)));
		service.names().forEach((language, name) -> document.add(new TextField(IndexFields.Part.NAME.field(language), name, Field.Store.NO)));
		service.kinds().forEach((language, kinds) -> kinds.forEach(kind -> document.add(new TextField(IndexFields.Part.KIND.field(language), kind, Field.Store.NO))));
		service.descriptions().forEach((language, text) -> document.add(new TextField(IndexFields.Part.TEXT.field(language), text, Field.Store.NO)));
		return document;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
