package fi.yhdessa.insight.costs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which tier each kind of service and each kind of case belongs to, as the analyst keeps it. The
 * figures apply it when they are asked, so a change shows at once in every period.
 */
@Component
public class Classification {

	private final JdbcClient jdbc;

	Classification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every classified kind with its tier, in the order of the kinds' names. */
	@Transactional(readOnly = true)
	public Map<String, Tier> tiers() {
		Map<String, Tier> tiers = new LinkedHashMap<>();
		jdbc.sql("select kind, tier from insight.classification order by kind").query(rs -> {
			tiers.put(rs.getString("kind"), Tier.valueOf(rs.getString("tier")));
		});
		return tiers;
	}

	@Transactional
	public void classify(String kind, Tier tier, String by) {
		jdbc.sql("""
				insert into insight.classification (kind, tier, updated_at, updated_by) values (:kind, :tier, :at, :by)
				on conflict (kind) do update set tier = excluded.tier, updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.param("kind", kind)
			.param("tier", tier.name())
			.param("at", Timestamp.from(Instant.now()))
			.param("by", by)
			.update();
	}
}
