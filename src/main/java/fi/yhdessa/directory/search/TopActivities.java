package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreCachingWrappingScorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.LongValues;

/**
 * The best service of each of the first activities in a sort's order, from one pass over the matches (issue 20). A
 * service is looked at only when it sorts before the last activity held, and then takes that activity's place or
 * its own activity's, so the same activity's other places never crowd the others out and no window of top services
 * has to be widened and searched again. When the order begins with the score, services scoring below the last
 * activity held are skipped unscored where the query can (Lucene's dynamic pruning).
 */
final class TopActivities implements CollectorManager<TopActivities.Collecting, List<TopActivities.Found>> {

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
	public Collecting newCollector() {
		return new Collecting();
	}

	/** The activities in order, each once, from however many slices of the index were collected apart. */
	@Override
	public List<Found> reduce(Collection<Collecting> collectors) {
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

	/** The activities held in slots of Lucene's field comparators, one spare slot for a service being weighed. */
	final class Collecting implements Collector {

		private final FieldComparator<?>[] comparators;
		private final int[] reverse;
		private final boolean scoreFirst;
		private final Map<Long, Integer> slotOf = new HashMap<>();
		private final long[] activityIn;
		private final int[] docIn;
		private final TreeSet<Integer> held = new TreeSet<>(this::compareSlots);
		/** The slot a service is copied into to be weighed against its activity's best; the slots from {@code unused} on have never held one. */
		private int spare;
		private int unused;

		Collecting() {
			SortField[] fields = sort.getSort();
			comparators = new FieldComparator<?>[fields.length];
			reverse = new int[fields.length];
			for (int i = 0; i < fields.length; i++) {
				comparators[i] = fields[i].getComparator(wanted + 1, Pruning.NONE);
				reverse[i] = fields[i].getReverse() ? -1 : 1;
			}
			scoreFirst = fields[0].getType() == SortField.Type.SCORE && !fields[0].getReverse();
			activityIn = new long[wanted + 1];
			docIn = new int[wanted + 1];
			spare = wanted;
		}

		@Override
		public ScoreMode scoreMode() {
			return scoreFirst ? ScoreMode.TOP_SCORES : sort.needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
		}

		List<Found> found() {
			List<Found> found = new ArrayList<>();
			for (int slot : held) {
				Object[] values = new Object[comparators.length];
				for (int i = 0; i < comparators.length; i++) {
					values[i] = comparators[i].value(slot);
				}
				found.add(new Found(activityIn[slot], docIn[slot], values));
			}
			return found;
		}

		private int compareSlots(int a, int b) {
			for (int i = 0; i < comparators.length; i++) {
				int c = reverse[i] * comparators[i].compare(a, b);
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(docIn[a], docIn[b]);
		}

		private boolean full() {
			return held.size() == wanted;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			SortedDocValues activities = context.reader().getSortedDocValues(IndexFields.ACTIVITY);
			if (activities == null || wanted == 0) {
				throw new CollectionTerminatedException();
			}
			LeafFieldComparator[] leaves = new LeafFieldComparator[comparators.length];
			for (int i = 0; i < comparators.length; i++) {
				leaves[i] = comparators[i].getLeafComparator(context);
			}
			return ScoreCachingWrappingScorer.wrap(new Leaf(context.docBase, activities, ordinals.global(context.ord), leaves));
		}

		/** One segment's services weighed against the activities held. */
		private final class Leaf implements LeafCollector {

			private final int base;
			private final SortedDocValues activities;
			private final LongValues global;
			private final LeafFieldComparator[] comparators;
			private Scorable scorer;

			Leaf(int base, SortedDocValues activities, LongValues global, LeafFieldComparator[] comparators) throws IOException {
				this.base = base;
				this.activities = activities;
				this.global = global;
				this.comparators = comparators;
				if (full()) {
					lastHeldChanged();
				}
			}

			@Override
			public void setScorer(Scorable scorer) throws IOException {
				this.scorer = scorer;
				for (LeafFieldComparator comparator : comparators) {
					comparator.setScorer(scorer);
				}
				if (full()) {
					lastHeldChanged();
				}
			}

			@Override
			public void collect(int doc) throws IOException {
				if (full() && compareLastHeld(doc) <= 0 || !activities.advanceExact(doc)) {
					return;
				}
				long activity = global.get(activities.ordValue());
				Integer own = slotOf.get(activity);
				if (own != null) {
					take(spare, activity, doc);
					if (compareSlots(spare, own) >= 0) {
						return;
					}
					held.remove(own);
					slotOf.put(activity, spare);
					held.add(spare);
					spare = own;
				}
				else if (!full()) {
					int slot = unused++;
					take(slot, activity, doc);
					slotOf.put(activity, slot);
					held.add(slot);
				}
				else {
					int last = held.pollLast();
					slotOf.remove(activityIn[last]);
					take(last, activity, doc);
					slotOf.put(activity, last);
					held.add(last);
				}
				if (full()) {
					lastHeldChanged();
				}
			}

			private void take(int slot, long activity, int doc) throws IOException {
				for (LeafFieldComparator comparator : comparators) {
					comparator.copy(slot, doc);
				}
				activityIn[slot] = activity;
				docIn[slot] = base + doc;
			}

			private int compareLastHeld(int doc) throws IOException {
				for (int i = 0; i < comparators.length; i++) {
					int c = reverse[i] * comparators[i].compareBottom(doc);
					if (c != 0) {
						return c;
					}
				}
				return 0;
			}

			private void lastHeldChanged() throws IOException {
				int last = held.last();
				for (LeafFieldComparator comparator : comparators) {
					comparator.setBottom(last);
				}
				if (scoreFirst && scorer != null) {
					scorer.setMinCompetitiveScore((Float) Collecting.this.comparators[0].value(last));
				}
			}
		}
	}
}
