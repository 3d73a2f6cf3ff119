package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.FactKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The aggregates in memory, on every node, so that the dashboard's figures cost no query. Loaded
 * whole at the first use and after a rebuild; otherwise kept current every second with the figures
 * changed since: each change carries the id of its transaction, and the oldest transaction still
 * running when the last change was read bounds what can still appear, so nothing is missed.
 */
@Component
public class FigureCache implements FigureSource {

	private static final Logger log = LoggerFactory.getLogger(FigureCache.class);

	private final JdbcClient jdbc;
	private final Codes codes = new Codes();
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
	private Map<FactKind, KindFigures> kinds = new EnumMap<>(FactKind.class);
	private long generation = -1;
	private String since;
	private volatile long version;

	FigureCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FigureRow> rows(Set<FactKind> wantedKinds, FigureFilter filter) {
		if (since == null) {
			refresh();
		}
		int[] wanted = { Codes.ANY, codes.wanted(filter.municipality()), codes.wanted(filter.area()), codes.wanted(filter.unitId()),
				codes.wanted(filter.serviceKind()), codes.wanted(filter.channel()), codes.wanted(filter.ageGroup()), codes.wanted(filter.language()) };
		for (int code : wanted) {
			if (code == Codes.UNSEEN) {
				return List.of();
			}
		}
		int from = month(filter.from());
		int to = month(filter.to());
		List<FigureRow> rows = new ArrayList<>();
		lock.readLock().lock();
		try {
			for (FactKind kind : wantedKinds) {
				KindFigures figures = kinds.get(kind);
				if (figures == null) {
					continue;
				}
				for (int row = 0; row < figures.size(); row++) {
					if (figures.matches(row, from, to, wanted)) {
						rows.add(decode(kind, figures, row));
					}
				}
			}
		}
		finally {
			lock.readLock().unlock();
		}
		return rows;
	}

	/** Moves whenever the figures in memory change: what was computed from them at an earlier version may be out of date. */
	public long version() {
		if (since == null) {
			refresh();
		}
		return version;
	}

	/** Takes in the figures changed since the last time, or all of them after a rebuild. */
	@Scheduled(fixedDelayString = "${yhdessa.insight.refresh:PT1S}", initialDelayString = "PT2S")
	public synchronized void refresh() {
		long current = jdbc.sql("select generation from insight.rebuild where id = 1").query(Long.class).single();
		String xmin = jdbc.sql("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").query(String.class).single();
		if (current != generation || since == null) {
			long started = System.nanoTime();
			Map<FactKind, KindFigures> fresh = new EnumMap<>(FactKind.class);
			int[] count = { 0 };
			jdbc.sql("select * from insight.figure").query((ResultSet rs) -> {
				put(fresh, rs);
				count[0]++;
			});
			lock.writeLock().lock();
			try {
				kinds = fresh;
			}
			finally {
				lock.writeLock().unlock();
			}
			generation = current;
			version++;
			log.info("Loaded {} figures of insight into memory ({} ms)", count[0], (System.nanoTime() - started) / 1_000_000);
		}
		else {
			List<Object[]> changed = new ArrayList<>();
			jdbc.sql("select * from insight.figure where changed >= cast(:since as xid8)").param("since", since).query((ResultSet rs) -> {
				changed.add(new Object[] { rs.getString("kind"), dimensions(rs), rs.getLong("n"), rs.getLong("total") });
			});
			if (!changed.isEmpty()) {
				lock.writeLock().lock();
				try {
					changed.forEach(row -> kinds.computeIfAbsent(FactKind.valueOf((String) row[0]), k -> new KindFigures())
						.put((int[]) row[1], (Long) row[2], (Long) row[3]));
					version++;
				}
				finally {
					lock.writeLock().unlock();
				}
			}
		}
		since = xmin;
	}

	private void put(Map<FactKind, KindFigures> into, ResultSet rs) throws SQLException {
		into.computeIfAbsent(FactKind.valueOf(rs.getString("kind")), k -> new KindFigures()).put(dimensions(rs), rs.getLong("n"), rs.getLong("total"));
	}

	private int[] dimensions(ResultSet rs) throws SQLException {
		Object onTime = rs.getObject("on_time");
		Object value = rs.getObject("value");
		return new int[] { month(YearMonth.from(rs.getObject("month", LocalDate.class))), codes.code(rs.getString("municipality")),
				codes.code(rs.getString("area")), codes.code(rs.getObject("unit_id", UUID.class)), codes.code(rs.getString("service_kind")),
				codes.code(rs.getString("channel")), codes.code(rs.getString("age_group")), codes.code(rs.getString("language")),
				codes.code(rs.getString("detail")), onTime == null ? 0 : (Boolean) onTime ? 2 : 1, value == null ? KindFigures.NO_VALUE : (Integer) value };
	}

	private FigureRow decode(FactKind kind, KindFigures figures, int row) {
		int onTime = figures.get(9, row);
		int value = figures.get(KindFigures.VALUE, row);
		int month = figures.get(KindFigures.MONTH, row);
		return new FigureRow(kind, YearMonth.of(month / 12, month % 12 + 1), codes.value(figures.get(1, row)), codes.value(figures.get(2, row)),
				codes.value(figures.get(3, row)), codes.value(figures.get(4, row)), codes.value(figures.get(5, row)), codes.value(figures.get(6, row)),
				codes.value(figures.get(7, row)), codes.value(figures.get(8, row)), onTime == 0 ? null : onTime == 2,
				value == KindFigures.NO_VALUE ? null : value, figures.n(row), figures.total(row));
	}

	private static int month(YearMonth month) {
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}
}
