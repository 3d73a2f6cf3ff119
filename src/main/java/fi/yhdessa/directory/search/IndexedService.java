package fi.yhdessa.directory.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service as the search index holds it: its own name and description in the languages it has them,
 * its kinds (the directory's topics) by code and by their names in all three languages, so that a
 * search in any language finds a service described in one, and the municipalities it serves.
 */
public record IndexedService(UUID id, Map<SearchLanguage, String> names, Map<SearchLanguage, String> descriptions, List<String> topics,
		Map<SearchLanguage, List<String>> kinds, List<String> municipalities) {

	public IndexedService {
		names = Map.copyOf(names);
		descriptions = Map.copyOf(descriptions);
		topics = List.copyOf(topics);
		kinds = Map.copyOf(kinds);
		municipalities = List.copyOf(municipalities);
	}
}
