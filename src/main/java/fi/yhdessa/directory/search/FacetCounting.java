package fi.yhdessa.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * How many of a search's services each municipality, topic, channel and kind has, with Lucene's facet module
 * (sorted-set doc values, no taxonomy index). The state that maps a reader's values is made once per
 * reader, not per search.
 */
final class FacetCounting {

	/** The dimensions counted, as the search results name them. */
	static final List<String> DIMENSIONS = List.of(IndexFields.MUNICIPALITY, IndexFields.TOPIC, IndexFields.CHANNEL, IndexFields.KIND);

	private final FacetsConfig config = new FacetsConfig();
	private volatile SortedSetDocValuesReaderState state;
	private volatile ActivityOrdinals activities;

	FacetCounting() {
		DIMENSIONS.forEach(dimension -> config.setMultiValued(dimension, true));
	}

	/** The service's document with its facet values added. */
	Document withFacets(Document document, IndexedService service) throws IOException {
		service.municipalities().forEach(code -> document.add(new SortedSetDocValuesFacetField(IndexFields.MUNICIPALITY, code)));
		service.topics().forEach(code -> document.add(new SortedSetDocValuesFacetField(IndexFields.TOPIC, code)));
		service.traits().channels().stream().distinct().forEach(channel -> document.add(new SortedSetDocValuesFacetField(IndexFields.CHANNEL, channel)));
		document.add(new SortedSetDocValuesFacetField(IndexFields.KIND, service.traits().kind()));
		return config.build(document);
	}

	/** Per dimension, each value the matching services have and how many have it, most first. */
	Map<String, List<ServiceIndex.Count>> counts(IndexReader reader, FacetsCollector matching) throws IOException {
		Map<String, List<ServiceIndex.Count>> counts = new LinkedHashMap<>();
		SortedSetDocValuesReaderState current = state(reader);
		if (current == null) {
			DIMENSIONS.forEach(dimension -> counts.put(dimension, List.of()));
			return counts;
		}
		SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(current, matching);
		for (String dimension : DIMENSIONS) {
			List<ServiceIndex.Count> values = new ArrayList<>();
			FacetResult result = facets.getAllChildren(dimension);
			if (result != null) {
				for (LabelAndValue value : result.labelValues) {
					values.add(new ServiceIndex.Count(value.label, value.value.longValue()));
				}
			}
			values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
			counts.put(dimension, List.copyOf(values));
		}
		return counts;
	}

	/** The activity keys of a reader as numbers across its segments, made once per reader. */
	ActivityOrdinals activityOrdinals(IndexReader reader) throws IOException {
		ActivityOrdinals known = activities;
		if (known == null || known.reader() != reader) {
			known = ActivityOrdinals.of(reader);
			activities = known;
		}
		return known;
	}

	/** How many activities (groups of the same activity) the matching services hold, counted by number, no key read. */
	long activities(IndexReader reader, FacetsCollector matching) throws IOException {
		ActivityOrdinals ordinals = activityOrdinals(reader);
		if (ordinals.valueCount() == 0) {
			return 0;
		}
		FixedBitSet seen = new FixedBitSet(Math.toIntExact(ordinals.valueCount()));
		for (FacetsCollector.MatchingDocs leaf : matching.getMatchingDocs()) {
			SortedDocValues values = leaf.context().reader().getSortedDocValues(IndexFields.ACTIVITY);
			if (values == null || leaf.totalHits() == 0) {
				continue;
			}
			LongValues global = ordinals.global(leaf.context().ord);
			DocIdSetIterator docs = leaf.bits().iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (values.advanceExact(doc)) {
					seen.set(Math.toIntExact(global.get(values.ordValue())));
				}
			}
		}
		return seen.cardinality();
	}

	/** The state of this reader, made when the reader is new; null while nothing is indexed. */
	private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		SortedSetDocValuesReaderState known = state;
		if (known != null && known.getReader() == reader) {
			return known;
		}
		if (reader.numDocs() == 0) {
			return null;
		}
		SortedSetDocValuesReaderState made = new DefaultSortedSetDocValuesReaderState(reader, config);
		state = made;
		return made;
	}
}
