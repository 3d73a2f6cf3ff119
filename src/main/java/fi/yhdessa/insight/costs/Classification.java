package fi.yhdessa.insight.costs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
	private final SettingsVersion version;
	private volatile Kept kept;

	Classification(JdbcClient jdbc, SettingsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/** Every classified kind with its tier, in the order of the kinds' names; read again only when the settings have moved. */
	public Map<String, Tier> tiers() {
		long current = version.current();
		Kept kept = this.kept;
		if (kept != null && kept.version() == current) {
			return kept.tiers();
		}
		Map<String, Tier> tiers = new LinkedHashMap<>();
		jdbc.sql("select kind, tier from insight.classification order by kind").query(rs -> {
			tiers.put(rs.getString("kind"), Tier.valueOf(rs.getString("tier")));
		});
		this.kept = new Kept(current, Collections.unmodifiableMap(tiers));
		return this.kept.tiers();
	}

	private record Kept(long version, Map<String, Tier> tiers) {
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
		version.moved();
	}
}
