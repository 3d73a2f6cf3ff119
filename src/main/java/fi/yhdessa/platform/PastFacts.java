package fi.yhdessa.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts of records a module made before it published facts, told again for a backfill: a
 * module offers one of these per kind of record as a bean, and {@link FactBackfill} publishes them
 * once. The facts are the ones the module publishes live, with the same ids, so a fact told twice
 * is counted once.
 */
public interface PastFacts {

	/** Names the source in the log and in {@code platform.fact_backfill}, e.g. {@code casework.handoff}. */
	String name();

	/** The records from {@code offset} on, at most {@code limit} in a stable order, with their facts; no records when there are no more. */
	Told page(int offset, int limit);

	/** How many records a page read, and their facts. */
	record Told(int records, List<Object> facts) {
	}

	/**
	 * The records the query finds (ordered, without limit and offset), page by page, each told as the
	 * facts its history gives. A record whose history its module's rules no longer accept (written
	 * before a rule existed) is left out and named in the log, so one old record does not stop the
	 * backfill.
	 */
	static <R> PastFacts of(String name, JdbcClient jdbc, String query, RowMapper<R> rows, Function<R, List<Object>> history) {
		return new PastFacts() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Told page(int offset, int limit) {
				List<R> records = jdbc.sql(query + " limit :limit offset :offset").param("limit", limit).param("offset", offset).query(rows).list();
				List<Object> facts = new ArrayList<>();
				for (R record : records) {
					try {
						facts.addAll(history.apply(record));
					}
					catch (RuntimeException refused) {
						LoggerFactory.getLogger(PastFacts.class).warn("The past facts of {} are left out: {}", record, refused.toString());
					}
				}
				return new Told(records.size(), facts);
			}
		};
	}
}
