package fi.yhdessa.directory.search;

/**
 * A search of the index: a family's words (none lists everything), the filters, where the family is
 * (null when not known) and which of the results: {@code limit} of them from {@code offset}.
 *
 * @param asYouType whether the last word may still be unfinished
 * @param grouped whether the same activity given in several places is one result (its other places
 *        with it), the results and their offset and limit counting such groups
 */
public record SearchQuery(String text, boolean asYouType, Filters filters, IndexedService.Point near, int offset, int limit, boolean grouped) {

	public SearchQuery {
		text = text == null ? "" : text.strip();
		filters = filters == null ? Filters.none() : filters;
		offset = Math.max(0, offset);
		limit = Math.max(1, limit);
	}

	public SearchQuery(String text, boolean asYouType, Filters filters, IndexedService.Point near, int offset, int limit) {
		this(text, asYouType, filters, near, offset, limit, false);
	}

	/** The first {@code limit} results of these words. */
	public static SearchQuery of(String text, int limit) {
		return new SearchQuery(text, false, Filters.none(), null, 0, limit);
	}

	public SearchQuery withText(String words) {
		return new SearchQuery(words, asYouType, filters, near, offset, limit, grouped);
	}

	public SearchQuery within(Filters narrowed) {
		return new SearchQuery(text, asYouType, narrowed, near, offset, limit, grouped);
	}

	public SearchQuery byActivity() {
		return new SearchQuery(text, asYouType, filters, near, offset, limit, true);
	}
}
