package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

	/** The top services read per group wanted at first, and how many times wider each next window is while one holds too few activities. */
	private static final int WINDOW_PER_GROUP = 4;

	private final IndexSearcher searcher;
	private final Query query;
	private final ActivityOrdinals ordinals;

	/** @param query the search's query, rewritten once so the groups' queries do not rewrite it again */
	ActivityGroups(IndexSearcher searcher, Query query, ActivityOrdinals ordinals) {
		this.searcher = searcher;
		this.query = query;
		this.ordinals = ordinals;
	}

	/** One activity: its number in the reader and its key. */
	record Activity(long ordinal, BytesRef key) {
	}

	/** The groups {@code offset} to {@code offset + limit} in the order of their best service; {@code first} holds the top {@link #firstWindow}. */
	List<Activity> page(TopDocs first, Sort sort, int offset, int limit) throws IOException {
		int wanted = offset + limit;
		TopDocs top = first;
		int window = firstWindow(offset, limit);
		while (true) {
			List<Long> groups = firstOfEach(top.scoreDocs, wanted);
			if (groups.size() >= wanted || top.scoreDocs.length < window) {
				List<Activity> page = new ArrayList<>();
				for (long group : groups.subList(Math.min(offset, groups.size()), groups.size())) {
					page.add(new Activity(group, ordinals.key(group)));
				}
				return page;
			}
			window *= WINDOW_PER_GROUP;
			top = searcher.search(query, window, sort);
		}
	}

	static int firstWindow(int offset, int limit) {
		return (offset + limit) * WINDOW_PER_GROUP;
	}

	/**
	 * The matching services of each group (at most {@code most} of each) in the order within a group, from one search
	 * over all of them; a group the search's window may have cut short is searched again on its own.
	 */
	List<List<ScoreDoc>> open(List<Activity> page, Sort withinGroup, int most) throws IOException {
		Map<Long, List<ScoreDoc>> groups = new LinkedHashMap<>();
		page.forEach(activity -> groups.put(activity.ordinal(), new ArrayList<>()));
		if (page.isEmpty()) {
			return List.of();
		}
		int window = page.size() * most;
		ScoreDoc[] members = searcher.search(of(new TermInSetQuery(IndexFields.ACTIVITY, page.stream().map(Activity::key).toList())), window, withinGroup)
			.scoreDocs;
		long[] memberGroups = ordinals.of(java.util.Arrays.stream(members).mapToInt(member -> member.doc).toArray());
		for (int i = 0; i < members.length; i++) {
			List<ScoreDoc> group = groups.get(memberGroups[i]);
			if (group != null && group.size() < most) {
				group.add(members[i]);
			}
		}
		if (members.length == window) {
			for (Activity activity : page) {
				if (groups.get(activity.ordinal()).size() < most) {
					groups.put(activity.ordinal(), List.of(searcher.search(of(new TermQuery(new Term(IndexFields.ACTIVITY, activity.key()))), most, withinGroup)
						.scoreDocs));
				}
			}
		}
		return new ArrayList<>(groups.values());
	}

	private Query of(Query groups) {
		return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(groups, BooleanClause.Occur.FILTER).build();
	}

	/** The activity numbers of the first {@code wanted} activities among the documents, in their order. */
	private List<Long> firstOfEach(ScoreDoc[] docs, int wanted) throws IOException {
		long[] groups = ordinals.of(java.util.Arrays.stream(docs).mapToInt(doc -> doc.doc).toArray());
		Set<Long> first = new LinkedHashSet<>();
		for (int i = 0; i < groups.length && first.size() < wanted; i++) {
			if (groups[i] >= 0) {
				first.add(groups[i]);
			}
		}
		return new ArrayList<>(first);
	}
}
