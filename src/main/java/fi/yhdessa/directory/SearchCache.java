package fi.yhdessa.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The most recent search results, for the searches people repeat (and the requests of the search
 * box while one types). Every change that can alter results moves the directory's search
 * generation, in the same transaction as the change, on whichever node made it; a result of an
 * older generation is not used. Searches for what is open now are not kept: their answer moves
 * with the clock. {@code yhdessa.search.cache-size=0} turns the cache off.
 */
@Component
class SearchCache {

	private final JdbcClient jdbc;
	private final int size;
	private final Map<SearchRequest, Kept> entries;

	SearchCache(JdbcClient jdbc, @Value("${yhdessa.search.cache-size:2000}") int size) {
		this.jdbc = jdbc;
		this.size = size;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<SearchRequest, Kept> eldest) {
				return size() > SearchCache.this.size;
			}
		};
	}

	private record Kept(long generation, SearchResults results) {
	}

	SearchResults get(SearchRequest request, Supplier<SearchResults> search) {
		if (size == 0 || request.openNow()) {
			return search.get();
		}
		long generation = jdbc.sql("select value from directory.search_generation").query(Long.class).single();
		Kept kept;
		synchronized (entries) {
			kept = entries.get(request);
		}
		if (kept != null && kept.generation() == generation) {
			return kept.results();
		}
		SearchResults results = search.get();
		synchronized (entries) {
			entries.put(request, new Kept(generation, results));
		}
		return results;
	}

	/** Called in the transaction of every change that can alter search results. */
	void changed() {
		jdbc.sql("update directory.search_generation set value = value + 1").update();
	}
}
