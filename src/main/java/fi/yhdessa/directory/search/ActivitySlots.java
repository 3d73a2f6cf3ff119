package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
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
 * One slice's part of {@link TopActivities}: the activities held in slots of Lucene's field comparators, with one spare
 * slot for a service being weighed against its activity's best.
 */
final class ActivitySlots implements Collector {

	private final Sort sort;
	private final int wanted;
	private final ActivityOrdinals ordinals;
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

	ActivitySlots(Sort sort, int wanted, ActivityOrdinals ordinals) {
		this.sort = sort;
		this.wanted = wanted;
		this.ordinals = ordinals;
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

	List<TopActivities.Found> found() {
		List<TopActivities.Found> found = new ArrayList<>();
		for (int slot : held) {
			Object[] values = new Object[comparators.length];
			for (int i = 0; i < comparators.length; i++) {
				values[i] = comparators[i].value(slot);
			}
			found.add(new TopActivities.Found(activityIn[slot], docIn[slot], values));
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
				scorer.setMinCompetitiveScore((Float) ActivitySlots.this.comparators[0].value(last));
			}
		}
	}
}
