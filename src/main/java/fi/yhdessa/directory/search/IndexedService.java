package fi.yhdessa.directory.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service as the search index holds it: its own name and description in the languages it has them,
 * and the names of its kinds (the directory's topics) in all three, so that a search in any language
 * finds a service described in one.
 */
public record IndexedService(UUID id, Map<SearchLanguage, String> names, Map<SearchLanguage, String> descriptions,
		Map<SearchLanguage, List<String>> kinds, List<String> municipalities) {

	public IndexedService {
		names = Map.copyOf(names);
		descriptions = Map.copyOf(descriptions);
		kinds = Map.copyOf(kinds);
		municipalities = List.copyOf(municipalities);
	}
}
