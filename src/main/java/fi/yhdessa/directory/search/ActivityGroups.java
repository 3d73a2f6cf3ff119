package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Groups a ranked search's services by activity without Lucene's grouping collectors, which pass every match three
 * times: the groups of a page are the first services of each activity in the ranking's order (read from a window of
 * the top services, widened while it holds too few activities), the count of all groups comes from one pass over the
 * matches' doc values ({@link FacetCounting#activities}), and only a page's groups are opened for their places, together through their keys' terms.
 */
final class ActivityGroups {

	/** The top services read per group wanted at first; widened fourfold while the window holds too few activities. */
	private static final int WINDOW_PER_GROUP = 4;

	private final IndexSearcher searcher;
	private final Query query;

	/** @param query the search's query, rewritten once so the groups' queries do not rewrite it again */
	ActivityGroups(IndexSearcher searcher, Query query) {
		this.searcher = searcher;
		this.query = query;
	}

	/** The keys of groups {@code offset} to {@code offset + limit} in the order of their best service; {@code first} holds the top {@link #firstWindow}. */
	List<BytesRef> page(TopDocs first, Sort sort, int offset, int limit) throws IOException {
		int wanted = offset + limit;
		TopDocs top = first;
		int window = firstWindow(offset, limit);
		while (true) {
			List<BytesRef> keys = firstOfEach(top.scoreDocs, wanted);
			if (keys.size() >= wanted || top.scoreDocs.length < window) {
				return keys.subList(Math.min(offset, keys.size()), keys.size());
			}
			window *= WINDOW_PER_GROUP;
			top = searcher.search(query, window, sort);
		}
	}

	static int firstWindow(int offset, int limit) {
		return (offset + limit) * WINDOW_PER_GROUP;
	}

	/**
	 * The matching services of the groups (at most {@code most} of each) in the order within a group, from one search
	 * over all of them; a group the search's window may have cut short is searched again on its own.
	 */
	Map<BytesRef, List<ScoreDoc>> open(List<BytesRef> keys, Sort withinGroup, int most) throws IOException {
		Map<BytesRef, List<ScoreDoc>> groups = new LinkedHashMap<>();
		keys.forEach(key -> groups.put(key, new ArrayList<>()));
		if (keys.isEmpty()) {
			return groups;
		}
		int window = keys.size() * most;
		ScoreDoc[] members = searcher.search(of(new TermInSetQuery(IndexFields.ACTIVITY, keys)), window, withinGroup).scoreDocs;
		for (ScoreDoc member : members) {
			List<ScoreDoc> group = groups.get(key(member.doc));
			if (group != null && group.size() < most) {
				group.add(member);
			}
		}
		if (members.length == window) {
			for (Map.Entry<BytesRef, List<ScoreDoc>> group : groups.entrySet()) {
				if (group.getValue().size() < most) {
					group.setValue(List.of(searcher.search(of(new TermQuery(new Term(IndexFields.ACTIVITY, group.getKey()))), most, withinGroup).scoreDocs));
				}
			}
		}
		return groups;
	}

	private Query of(Query groups) {
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(groups, BooleanClause.Occur.FILTER).build();
	}

	private List<BytesRef> firstOfEach(ScoreDoc[] docs, int wanted) throws IOException {
		Set<BytesRef> keys = new LinkedHashSet<>();
		for (ScoreDoc doc : docs) {
			BytesRef key = key(doc.doc);
			if (key != null) {
				keys.add(key);
				if (keys.size() >= wanted) {
					break;
				}
			}
		}
		return new ArrayList<>(keys);
	}

	/** The activity key of a document, from its doc values. */
	private BytesRef key(int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		SortedDocValues values = leaf.reader().getSortedDocValues(IndexFields.ACTIVITY);
		return values != null && values.advanceExact(doc - leaf.docBase) ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())) : null;
	}
}
