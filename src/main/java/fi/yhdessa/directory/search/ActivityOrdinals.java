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
 * activity without reading keys, which sit in the doc values' compressed terms dictionary.
 */
record ActivityOrdinals(IndexReader reader, OrdinalMap ordinals, long valueCount) {

	static ActivityOrdinals of(IndexReader reader) throws IOException {
		SortedDocValues[] values = new SortedDocValues[reader.leaves().size()];
		for (LeafReaderContext leaf : reader.leaves()) {
			SortedDocValues leafValues = leaf.reader().getSortedDocValues(IndexFields.ACTIVITY);
			values[leaf.ord] = leafValues == null ? DocValues.emptySorted() : leafValues;
		}
		OrdinalMap ordinals = OrdinalMap.build(null, values, PackedInts.DEFAULT);
		return new ActivityOrdinals(reader, ordinals, ordinals.getValueCount());
	}

	LongValues global(int leaf) {
		return ordinals.getGlobalOrds(leaf);
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
