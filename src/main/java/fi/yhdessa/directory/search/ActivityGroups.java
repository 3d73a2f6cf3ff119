package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Groups a ranked search's services by activity without Lucene's grouping collectors, which pass every match three
 * times: the groups of a page are the activities whose best services come first in the ranking's order, from one pass
 * over the matches ({@link TopActivities}); the count of all groups comes from one pass over the matches' doc values
 * ({@link FacetCounting#activities}); and only a page's groups are opened for their other places, together through
 * their keys' terms and without scoring: the same activity is the same text, so its places differ in where they are,
 * not in how well they answer the words.
 */
final class ActivityGroups {

	private final IndexSearcher searcher;
	private final Query query;
	private final ActivityOrdinals ordinals;

	/** @param query the search's query, rewritten */
	ActivityGroups(IndexSearcher searcher, Query query, ActivityOrdinals ordinals) {
		this.searcher = searcher;
		this.query = query;
		this.ordinals = ordinals;
	}

	/** One activity: its number in the reader, its key, and its service that the ranking put first. */
	record Activity(long ordinal, BytesRef key, ScoreDoc best) {
	}

	/** The groups {@code offset} to {@code offset + limit} in the order of their best service. */
	List<Activity> page(Sort sort, int offset, int limit) throws IOException {
		List<TopActivities.Found> found = searcher.search(query, new TopActivities(sort, offset + limit, ordinals));
		List<Activity> page = new ArrayList<>();
		for (TopActivities.Found group : found.subList(Math.min(offset, found.size()), found.size())) {
			page.add(new Activity(group.activity(), ordinals.key(group.activity()), new ScoreDoc(group.doc(), Float.NaN)));
		}
		return page;
	}

	/**
	 * Each group's best service, then the same activity's other services that the filters allow (at most {@code most}
	 * in all) in the order of {@code places}, from one search over all the groups; a group the search's window may
	 * have cut short is searched again on its own.
	 */
	List<List<ScoreDoc>> open(List<Activity> page, Function<Query, Query> filtered, Sort places, int most) throws IOException {
		Map<Long, List<ScoreDoc>> groups = new LinkedHashMap<>();
		Set<Integer> best = new HashSet<>();
		page.forEach(activity -> {
			groups.put(activity.ordinal(), new ArrayList<>(List.of(activity.best())));
			best.add(activity.best().doc);
		});
		if (page.isEmpty()) {
			return List.of();
		}
		int window = page.size() * most;
		ScoreDoc[] members = searcher.search(filtered.apply(new TermInSetQuery(IndexFields.ACTIVITY, page.stream().map(Activity::key).toList())), window,
				places).scoreDocs;
		long[] memberGroups = ordinals.of(java.util.Arrays.stream(members).mapToInt(member -> member.doc).toArray());
		for (int i = 0; i < members.length; i++) {
			List<ScoreDoc> group = groups.get(memberGroups[i]);
			if (group != null && group.size() < most && !best.contains(members[i].doc)) {
				group.add(members[i]);
			}
		}
		if (members.length == window) {
			for (Activity activity : page) {
				List<ScoreDoc> group = groups.get(activity.ordinal());
				if (group.size() < most) {
					group.subList(1, group.size()).clear();
					for (ScoreDoc other : searcher.search(filtered.apply(new TermQuery(new Term(IndexFields.ACTIVITY, activity.key()))), most, places).scoreDocs) {
						if (other.doc != activity.best().doc && group.size() < most) {
							group.add(other);
						}
					}
				}
			}
		}
		return new ArrayList<>(groups.values());
	}
}
