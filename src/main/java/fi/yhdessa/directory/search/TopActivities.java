package fi.yhdessa.directory.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The best service of each of the first activities in a sort's order, from one pass over the matches (issue 20). A
 * service is looked at only when it sorts before the last activity held, and then takes that activity's place or
 * its own activity's, so the same activity's other places never crowd the others out and no window of top services
 * has to be widened and searched again. When the order begins with the score, services scoring below the last
 * activity held are skipped unscored where the query can (Lucene's dynamic pruning).
 */
final class TopActivities implements CollectorManager<ActivitySlots, List<TopActivities.Found>> {

	private final Sort sort;
	private final int wanted;
	private final ActivityOrdinals ordinals;

	/** An activity by its number in the reader, its best service's document, and that service's sort values. */
	record Found(long activity, int doc, Object[] values) {
	}

	TopActivities(Sort sort, int wanted, ActivityOrdinals ordinals) {
		this.sort = sort;
		this.wanted = wanted;
		this.ordinals = ordinals;
	}

	@Override
	public ActivitySlots newCollector() {
		return new ActivitySlots(sort, wanted, ordinals);
	}

	/** The activities in order, each once, from however many slices of the index were collected apart. */
	@Override
	public List<Found> reduce(Collection<ActivitySlots> collectors) {
		SortField[] fields = sort.getSort();
		List<FieldComparator<?>> comparing = new ArrayList<>();
		for (SortField field : fields) {
			comparing.add(field.getComparator(1, Pruning.NONE));
		}
		Comparator<Found> order = (a, b) -> {
			for (int i = 0; i < fields.length; i++) {
				int c = (fields[i].getReverse() ? -1 : 1) * compareValues(comparing.get(i), a.values()[i], b.values()[i]);
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(a.doc(), b.doc());
		};
		Set<Long> seen = new HashSet<>();
		return collectors.stream().flatMap(collector -> collector.found().stream()).sorted(order).filter(found -> seen.add(found.activity()))
			.limit(wanted).toList();
	}

	@SuppressWarnings("unchecked")
	private static <T> int compareValues(FieldComparator<T> comparator, Object a, Object b) {
		return comparator.compareValues((T) a, (T) b);
	}
}
