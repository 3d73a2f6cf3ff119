package fi.yhdessa.platform;

import java.util.List;

/**
 * The facts of records a module made before it published facts, told again for a backfill: a
 * module offers one of these per kind of record as a bean, and {@link FactBackfill} publishes them
 * once. The facts are the ones the module publishes live, with the same ids, so a fact told twice
 * is counted once.
 */
public interface PastFacts {

	/** Names the source in the log and in {@code platform.fact_backfill}, e.g. {@code casework.handoff}. */
	String name();

	/**
	 * The facts of the records from {@code offset} on, at most {@code limit} records in a stable order;
	 * empty when there are no more records.
	 */
	List<Object> page(int offset, int limit);

	static PastFacts of(String name, Page page) {
		return new PastFacts() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public List<Object> page(int offset, int limit) {
				return page.facts(offset, limit);
			}
		};
	}

	/**
	 * The facts of each record in turn; a record whose history its module's rules no longer accept
	 * (written before a rule existed) is left out and named in the log, so one old record does not
	 * stop the backfill.
	 */
	static <R> List<Object> each(List<R> records, java.util.function.Function<R, List<Object>> history) {
		List<Object> facts = new java.util.ArrayList<>();
		for (R record : records) {
			try {
				facts.addAll(history.apply(record));
			}
			catch (RuntimeException refused) {
				org.slf4j.LoggerFactory.getLogger(PastFacts.class).warn("The past facts of {} are left out: {}", record, refused.toString());
			}
		}
		return facts;
	}

	/** A page of a source's facts. */
	@FunctionalInterface
	interface Page {

		List<Object> facts(int offset, int limit);
	}
}
