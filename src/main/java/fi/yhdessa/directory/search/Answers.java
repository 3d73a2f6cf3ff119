package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
	 * The top activities and every match come apart, as in {@link #matching}.
	 */
	ServiceIndex.Hits grouped(Ranking ranking, SearchQuery search) throws IOException {
		Query query = searcher.rewrite(ranking.query(searcher.getIndexReader()));
		ActivityGroups groups = new ActivityGroups(searcher, query, facets.activityOrdinals(searcher.getIndexReader()));
		List<ActivityGroups.Activity> page = groups.page(ranking.sort(), search.offset(), search.limit());
		FacetsCollector matching = matching(query);
		List<ServiceIndex.Hit> hits = new ArrayList<>();
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
		LeafReaderContext leaf = leafOf(doc);
		return id(leaf, doc - leaf.docBase);
	}

	private static UUID id(LeafReaderContext leaf, int doc) throws IOException {
		BinaryDocValues ids = DocValues.getBinary(leaf.reader(), IndexFields.ID);
		if (!ids.advanceExact(doc)) {
			throw new IllegalStateException("A service in the index without its id");
		}
		return UUID.fromString(ids.binaryValue().utf8ToString());
	}

	/**
	 * The service of a document, and which of the understood needs its topics help with, from doc values: the stored
	 * fields' compressed blocks cost a search a tenth of its time ({@code docs/benchmarks.md}, issue 20).
	 */
	private ServiceIndex.Hit hit(int doc, List<UUID> sameActivity) throws IOException {
		LeafReaderContext leaf = leafOf(doc);
		UUID id = id(leaf, doc - leaf.docBase);
		if (understood.isEmpty()) {
			return new ServiceIndex.Hit(id, List.of(), sameActivity);
		}
		Set<String> topics = new HashSet<>();
		SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexFields.TOPIC);
		if (values.advanceExact(doc - leaf.docBase)) {
			for (int i = 0; i < values.docValueCount(); i++) {
				topics.add(values.lookupOrd(values.nextOrd()).utf8ToString());
			}
		}
		return new ServiceIndex.Hit(id, understood.stream().filter(need -> need.topics().stream().anyMatch(topics::contains)).toList(), sameActivity);
	}

	private LeafReaderContext leafOf(int doc) {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		return leaves.get(ReaderUtil.subIndex(doc, leaves));
	}

	private static long total(FacetsCollector matching) {
		return matching.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
	}
}
