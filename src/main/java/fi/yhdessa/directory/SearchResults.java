package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * A page of results. {@code correctedText} is set when the words as typed found nothing and the
 * results are for the nearest known words instead ("did you mean"); {@code understood} names the
 * needs the search was understood to speak of.
 */
public record SearchResults(List<ServiceHit> hits, long total, int page, int pageSize, String correctedText, Map<String, List<FacetCount>> facets,
		boolean nearestFirst, List<LocalizedText> understood) {

	/** How many results have a value of a facet (a municipality code, topic code, channel or kind). */
	public record FacetCount(String value, long count) {
	}

	SearchResults withHits(List<ServiceHit> others) {
		return new SearchResults(others, total, page, pageSize, correctedText, facets, nearestFirst, understood);
	}

	public List<FacetCount> facet(String name) {
		return facets.getOrDefault(name, List.of());
	}

	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public long firstItem() {
		return hits.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
	}

	public long lastItem() {
		return (long) (page - 1) * pageSize + hits.size();
	}
}
