package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/** A search's answer from the index: its services in order, or its groups of the same activity, with the facet counts of every match. */
final class Answers {

	/** At most this many places of one activity are listed with it. */
	private static final int PLACES_OF_AN_ACTIVITY = 30;

	private final IndexSearcher searcher;
	private final FacetCounting facets;
	private final List<NeedsVocabulary.Need> understood;
	private final String corrected;

	Answers(IndexSearcher searcher, FacetCounting facets, List<NeedsVocabulary.Need> understood, String corrected) {
		this.searcher = searcher;
		this.facets = facets;
		this.understood = understood;
		this.corrected = corrected;
	}

	/** The services in the ranking's order; the total counts services. */
	ServiceIndex.Hits ranked(Ranking ranking, SearchQuery search) throws IOException {
		Query query = searcher.rewrite(ranking.query(searcher.getIndexReader()));
		TopDocs top = searcher.search(query, search.offset() + search.limit(), ranking.sort());
		FacetsCollector matching = matching(query);
		List<ServiceIndex.Hit> hits = new ArrayList<>();
		ScoreDoc[] found = top.scoreDocs;
		for (int i = search.offset(); i < found.length; i++) {
			hits.add(hit(found[i].doc, List.of()));
		}
		return new ServiceIndex.Hits(total(matching), hits, understood, facets.counts(searcher.getIndexReader(), matching), corrected);
	}

	/**
	 * Every match of the query, for the facet counts and the total, from a pass that does not score: the top
	 * services come from a search of their own that skips what cannot reach them (Lucene's dynamic pruning,
	 * possible because it counts no more than it must) — together cheaper than scoring every match for both
	 * ({@code docs/benchmarks.md}, issue 20).
	 */
	private FacetsCollector matching(Query query) throws IOException {
		return searcher.search(new ConstantScoreQuery(query), new FacetsCollectorManager());
	}

	/**
	 * The same activity's services as one result, ranked by its best one, its others (nearest first when
	 * the family's place is known) with it; the total counts results so, and the facets count services.
	 * The top services and every match come apart, as in {@link #matching}.
	 */
	ServiceIndex.Hits grouped(Ranking ranking, SearchQuery search) throws IOException {
		Query query = searcher.rewrite(ranking.query(searcher.getIndexReader()));
		Sort sort = ranking.sort();
		TopDocs top = searcher.search(query, ActivityGroups.firstWindow(search.offset(), search.limit()), sort);
		FacetsCollector matching = matching(query);
		ActivityGroups groups = new ActivityGroups(searcher, query, facets.activityOrdinals(searcher.getIndexReader()));
		List<ServiceIndex.Hit> hits = new ArrayList<>();
		List<ActivityGroups.Activity> page = groups.page(top, sort, search.offset(), search.limit());
		for (List<ScoreDoc> members : groups.open(page, ranking::filtered, ranking.places(), PLACES_OF_AN_ACTIVITY)) {
			if (members.isEmpty()) {
				continue;
			}
			List<UUID> others = new ArrayList<>();
			for (int i = 1; i < members.size(); i++) {
				others.add(id(members.get(i).doc));
			}
			hits.add(hit(members.getFirst().doc, others));
		}
		return new ServiceIndex.Hits(facets.activities(searcher.getIndexReader(), matching), hits, understood,
				facets.counts(searcher.getIndexReader(), matching), corrected);
	}

	/** A service's id from its doc values: a group's other places need no more of it. */
	private UUID id(int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		BinaryDocValues ids = leaf.reader().getBinaryDocValues(IndexFields.ID);
		if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
			return UUID.fromString(searcher.storedFields().document(doc).get(IndexFields.ID));
		}
		return UUID.fromString(ids.binaryValue().utf8ToString());
	}

	/** The service of a document, and which of the understood needs its topics help with, from one read of its stored fields. */
	private ServiceIndex.Hit hit(int doc, List<UUID> sameActivity) throws IOException {
		Document document = searcher.storedFields().document(doc);
		List<String> topics = List.of(document.getValues(IndexFields.TOPIC));
		return new ServiceIndex.Hit(UUID.fromString(document.get(IndexFields.ID)),
				understood.stream().filter(need -> need.topics().stream().anyMatch(topics::contains)).toList(), sameActivity);
	}

	private static long total(FacetsCollector matching) {
		return matching.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
	}
}
