package fi.yhdessa.directory.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the search's change log ({@code directory.search_change}). A reader keeps a horizon: the
 * oldest transaction still running when it last read. Every change of an older transaction was
 * visible to that read, so the next read takes only the changes of the horizon's transaction and
 * newer ones — among them any that committed late — and moves the horizon on.
 */
final class ChangeLog {

	/** How long changes are kept: an index copy older than this (less a margin) is built anew. */
	private static final Duration KEPT = Duration.ofDays(1);

	/** One change: a service by id, or (null) the words searches are understood by. */
	record Change(long seq, UUID serviceId, long tx) {
	}

	/** The changes read, and the horizon of this read. */
	record Read(long horizon, List<Change> changes) {
	}

	/** The newest change of the log when an index was made: an index copy made from another database, or a restored one, does not match it. */
	record Mark(long seq, long tx) {

		static final Mark NONE = new Mark(0, 0);
	}

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The horizon now: each transaction older than it has ended. */
	long horizon() {
		return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
	}

	/** The changes of transactions from the horizon on, and the new horizon, read in one snapshot. */
	Read since(long horizon) {
		List<Change> changes = new ArrayList<>();
		long[] now = { horizon };
		jdbc.sql("""
				with h as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as horizon)
				select h.horizon, c.seq, c.service_id, c.tx from h left join directory.search_change c on c.tx >= :horizon order by c.seq
				""")
			.param("horizon", horizon)
			.query(row -> {
				now[0] = row.getLong("horizon");
				if (row.getObject("seq") != null) {
					changes.add(new Change(row.getLong("seq"), row.getObject("service_id", UUID.class), row.getLong("tx")));
				}
			});
		return new Read(now[0], changes);
	}

	/** The newest change in the log. */
	Mark newest() {
		return jdbc.sql("select seq, tx from directory.search_change order by seq desc limit 1")
			.query((row, n) -> new Mark(row.getLong("seq"), row.getLong("tx")))
			.optional()
			.orElse(Mark.NONE);
	}

	/** Whether the log still holds this change as it was; false for {@link Mark#NONE}. */
	boolean holds(Mark mark) {
		Optional<Long> tx = jdbc.sql("select tx from directory.search_change where seq = :seq").param("seq", mark.seq()).query(Long.class).optional();
		return mark.seq() > 0 && tx.isPresent() && tx.get() == mark.tx();
	}

	/** Whether a copy that was current this long ago can still catch up from the log. */
	static boolean catchesUpAfter(Duration age) {
		return age.compareTo(KEPT.minusHours(4)) < 0;
	}

	/** Forgets the changes older than the log keeps, but never the newest. */
	void prune() {
		jdbc.sql("delete from directory.search_change where changed_at < now() - cast(:kept as interval) and seq < (select max(seq) from directory.search_change)")
			.param("kept", KEPT.toHours() + " hours")
			.update();
	}
}
