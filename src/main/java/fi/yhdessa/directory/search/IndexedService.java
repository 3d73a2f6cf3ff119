package fi.yhdessa.directory.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A service as the search index holds it: its own name and description in the languages it has them,
 * its kinds (the directory's topics) by code and by their names in all three languages, so that a
 * search in any language finds a service described in one, the municipalities it serves, and what
 * a search can be narrowed by.
 */
public record IndexedService(UUID id, Map<SearchLanguage, String> names, Map<SearchLanguage, String> descriptions, List<String> topics,
		Map<SearchLanguage, List<String>> kinds, List<String> municipalities, Traits traits) {

	public IndexedService {
		names = Map.copyOf(names);
		descriptions = Map.copyOf(descriptions);
		topics = List.copyOf(topics);
		kinds = Map.copyOf(kinds);
		municipalities = List.copyOf(municipalities);
	}

	/** A service with nothing but its texts, topics and municipalities to narrow a search by. */
	public IndexedService(UUID id, Map<SearchLanguage, String> names, Map<SearchLanguage, String> descriptions, List<String> topics,
			Map<SearchLanguage, List<String>> kinds, List<String> municipalities) {
		this(id, names, descriptions, topics, kinds, municipalities, Traits.NONE);
	}

	/**
	 * What a search is narrowed by beside topics and municipalities.
	 *
	 * @param kind service or activity
	 * @param languages the languages the service is given in
	 * @param channels the ways to reach it (phone, web, …)
	 * @param minAge the youngest it is for; null for any
	 * @param maxAge the oldest it is for; null for any
	 * @param places where it is given
	 * @param activity what makes services the same activity given in several places (the same kind and description);
	 *        null when the service is one of a kind
	 */
	public record Traits(String kind, List<String> languages, List<String> channels, boolean free, boolean noReferral, Integer minAge, Integer maxAge,
			List<Point> places, String activity) {

		static final Traits NONE = new Traits("SERVICE", List.of(), List.of(), false, false, null, null, List.of(), null);

		public Traits(String kind, List<String> languages, List<String> channels, boolean free, boolean noReferral, Integer minAge, Integer maxAge,
				List<Point> places) {
			this(kind, languages, channels, free, noReferral, minAge, maxAge, places, null);
		}

		public Traits {
			languages = List.copyOf(languages);
			channels = List.copyOf(channels);
			places = List.copyOf(places);
		}
	}

	/** A place on the map, in degrees. */
	public record Point(double latitude, double longitude) {

		/** Whether the point is a place on the earth (an imported record may say otherwise); only those are indexed. */
		public boolean onEarth() {
			return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
		}
	}
}
