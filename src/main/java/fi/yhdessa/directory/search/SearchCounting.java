package fi.yhdessa.directory.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts searches anonymously: the words as typed (lower-cased, spaces made single, at most
 * {@value #LONGEST} characters), per day, how many times, how many found nothing and how many led to a
 * service being opened. Nothing about who searched is kept. Counts are gathered in memory and written
 * every {@value #FLUSH_SECONDS} seconds and when the node stops, so a search does not wait for a write.
 */
@Component
public class SearchCounting implements SmartLifecycle {

	public static final int LONGEST = 100;
	private static final int FLUSH_SECONDS = 10;
	private static final Logger log = LoggerFactory.getLogger(SearchCounting.class);

	private record Key(String query, LocalDate day) {
	}

	/** Searches, of them with no results, and clicks on a result. */
	private static final class Counts {
		int searches;
		int noResults;
		int clicks;
	}

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private volatile Map<Key, Counts> pending = new ConcurrentHashMap<>();
	private ScheduledExecutorService schedule;

	SearchCounting(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The words as they are counted; null when there are none. */
	public static String normalized(String text) {
		String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return words.isEmpty() ? null : words.substring(0, Math.min(LONGEST, words.length())).strip();
	}

	public void searched(String text, long results) {
		count(text, counts -> {
			counts.searches++;
			if (results == 0) {
				counts.noResults++;
			}
		});
	}

	public void clicked(String text) {
		count(text, counts -> counts.clicks++);
	}

	private void count(String text, java.util.function.Consumer<Counts> change) {
		String query = normalized(text);
		if (query != null) {
			pending.compute(new Key(query, LocalDate.now(clock)), (key, counts) -> {
				Counts kept = counts == null ? new Counts() : counts;
				change.accept(kept);
				return kept;
			});
		}
	}

	/** Writes what was counted since the last write. */
	public synchronized void flush() {
		Map<Key, Counts> taken = pending;
		pending = new ConcurrentHashMap<>();
		if (taken.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		taken.forEach((key, counts) -> rows.add(new Object[] { key.query(), java.sql.Date.valueOf(key.day()), counts.searches, counts.noResults, counts.clicks }));
		try {
			write(rows);
		}
		catch (RuntimeException e) {
			taken.forEach((key, counts) -> pending.merge(key, counts, (now, before) -> {
				now.searches += before.searches;
				now.noResults += before.noResults;
				now.clicks += before.clicks;
				return now;
			}));
			throw e;
		}
	}

	private void write(List<Object[]> rows) {
		jdbc.batchUpdate("""
				insert into directory.search_count (query, day, searches, no_results, clicks) values (?, ?, ?, ?, ?)
				on conflict (query, day) do update set searches = search_count.searches + excluded.searches,
				  no_results = search_count.no_results + excluded.no_results, clicks = search_count.clicks + excluded.clicks
				""", rows);
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException e) {
			log.warn("Search counts not written now ({}); they are kept in memory until the next try", e.toString());
		}
	}

	@Override
	public void start() {
		schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-counting").daemon().factory());
		schedule.scheduleWithFixedDelay(this::flushQuietly, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public void stop() {
		if (schedule != null) {
			schedule.shutdownNow();
			schedule = null;
			flushQuietly();
		}
	}

	@Override
	public boolean isRunning() {
		return schedule != null;
	}
}
