package fi.yhdessa.insight.indicators;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators the nightly import follows: those configured for children and families
 * ({@code yhdessa.insight.sotkanet-indicators}) and those the analyst adds. A configured one stays.
 */
@Service
public class IndicatorWatch {

	static final String CONFIGURED = "configuration";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final List<Integer> configured;

	IndicatorWatch(JdbcClient jdbc, Clock clock, @Value("${yhdessa.insight.sotkanet-indicators:1086}") List<Integer> configured) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.configured = List.copyOf(configured);
	}

	/** An indicator followed, and who added it ({@code configuration} for the configured ones). */
	public record Watched(int id, String addedBy, Instant addedAt) {

		public boolean configured() {
			return CONFIGURED.equals(addedBy);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void addConfigured() {
		configured.forEach(id -> add(id, CONFIGURED));
	}

	@Transactional(readOnly = true)
	public List<Watched> all() {
		return jdbc.sql("select * from insight.indicator_watch order by id")
			.query((rs, n) -> new Watched(rs.getInt("id"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	public List<Integer> ids() {
		return all().stream().map(Watched::id).toList();
	}

	/** Follows an indicator by its Sotkanet id; false when it was followed already. */
	@Transactional
	public boolean add(int id, String by) {
		if (id <= 0) {
			throw new ImportRefused("indicators.error.field", "id", id);
		}
		return jdbc.sql("insert into insight.indicator_watch (id, added_at, added_by) values (?, ?, ?) on conflict do nothing")
			.params(id, Timestamp.from(Instant.now(clock)), by)
			.update() == 1;
	}

	/** Stops following an indicator the analyst added; its imported values stay. */
	@Transactional
	public boolean remove(int id) {
		return jdbc.sql("delete from insight.indicator_watch where id = ? and added_by <> ?").params(id, CONFIGURED).update() == 1;
	}
}
