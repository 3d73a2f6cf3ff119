package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The activity keys of one reader as numbers across its segments (Lucene's ordinal map): documents are told apart by
 * activity without reading keys, which sit in the doc values' compressed terms dictionary. Each segment's numbers are
 * also kept as a plain table (four bytes a key), read for every match, where the map's packed values cost a search a
 * twentieth of its time ({@code docs/benchmarks.md}, issue 20).
 */
record ActivityOrdinals(IndexReader reader, OrdinalMap ordinals, long valueCount, int[][] globalOrds) {

	static ActivityOrdinals of(IndexReader reader) throws IOException {
		SortedDocValues[] values = new SortedDocValues[reader.leaves().size()];
		for (LeafReaderContext leaf : reader.leaves()) {
			SortedDocValues leafValues = leaf.reader().getSortedDocValues(IndexFields.ACTIVITY);
			values[leaf.ord] = leafValues == null ? DocValues.emptySorted() : leafValues;
		}
		OrdinalMap ordinals = OrdinalMap.build(null, values, PackedInts.DEFAULT);
		int[][] globalOrds = new int[values.length][];
		for (int leaf = 0; leaf < values.length; leaf++) {
			LongValues global = ordinals.getGlobalOrds(leaf);
			globalOrds[leaf] = new int[values[leaf].getValueCount()];
			for (int ord = 0; ord < globalOrds[leaf].length; ord++) {
				globalOrds[leaf][ord] = Math.toIntExact(global.get(ord));
			}
		}
		return new ActivityOrdinals(reader, ordinals, ordinals.getValueCount(), globalOrds);
	}

	/** The numbers across the reader of a segment's activity ordinals. */
	LongValues global(int leaf) {
		int[] table = globalOrds[leaf];
		return new LongValues() {
			@Override
			public long get(long ord) {
				return table[(int) ord];
			}
		};
	}

	/** The activity numbers of documents (-1 for one without), read in document order through each segment once. */
	long[] of(int[] docs) throws IOException {
		long[] found = new long[docs.length];
		Arrays.fill(found, -1);
		Integer[] byDoc = new Integer[docs.length];
		Arrays.setAll(byDoc, i -> i);
		Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a], docs[b]));
		List<LeafReaderContext> leaves = reader.leaves();
		int current = -1;
		SortedDocValues values = null;
		for (int i : byDoc) {
			int leaf = ReaderUtil.subIndex(docs[i], leaves);
			if (leaf != current) {
				current = leaf;
				values = leaves.get(leaf).reader().getSortedDocValues(IndexFields.ACTIVITY);
			}
			if (values != null && values.advanceExact(docs[i] - leaves.get(leaf).docBase)) {
				found[i] = global(leaf).get(values.ordValue());
			}
		}
		return found;
	}

	/** The key of an activity number. */
	BytesRef key(long ordinal) throws IOException {
		int leaf = ordinals.getFirstSegmentNumber(ordinal);
		SortedDocValues values = reader.leaves().get(leaf).reader().getSortedDocValues(IndexFields.ACTIVITY);
		return BytesRef.deepCopyOf(values.lookupOrd(Math.toIntExact(ordinals.getFirstSegmentOrd(ordinal))));
	}
}
