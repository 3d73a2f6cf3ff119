package fi.yhdessa.directory.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What families searched for and did not find, for editors: over a period, the searches that found
 * nothing and those whose results no one opened, most frequent first. A query made fewer than
 * {@value #FEWEST} times is not shown: it could be one person's words.
 */
@Component
class SearchReport {

	static final int FEWEST = 5;
	private static final int ROWS = 100;

	/** A query, how many times it was made, how many of those found nothing, and how many led to a service. */
	record Row(String query, long searches, long noResults, long clicks) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	SearchReport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The searches of the last {@code days} days that found nothing at least once. */
	List<Row> foundNothing(int days) {
		return rows("sum(no_results) > 0", "sum(no_results) desc, sum(searches) desc", days);
	}

	/** The searches of the last {@code days} days that found something, but whose results no one opened. */
	List<Row> openedNothing(int days) {
		return rows("sum(clicks) = 0 and sum(no_results) < sum(searches)", "sum(searches) desc", days);
	}

	private List<Row> rows(String condition, String order, int days) {
		return jdbc.sql("""
				select query, sum(searches) as searches, sum(no_results) as no_results, sum(clicks) as clicks from directory.search_count
				where day > :since group by query having sum(searches) >= :fewest and %s order by %s, query limit :rows
				""".formatted(condition, order))
			.param("since", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(days)))
			.param("fewest", FEWEST)
			.param("rows", ROWS)
			.query((rs, n) -> new Row(rs.getString("query"), rs.getLong("searches"), rs.getLong("no_results"), rs.getLong("clicks")))
			.list();
	}
}
