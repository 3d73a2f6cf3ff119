package fi.yhdessa.insight.costs;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The unit-cost table the analyst keeps, seeded with published Finnish figures. */
@Component
public class UnitCosts {

	private final JdbcClient jdbc;
	private final SettingsVersion version;

	UnitCosts(JdbcClient jdbc, SettingsVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	@Transactional(readOnly = true)
	public List<UnitCost> all() {
		return jdbc.sql("select * from insight.unit_cost order by item").query((rs, n) -> new UnitCost(rs.getString("item"),
				UnitCost.Basis.valueOf(rs.getString("basis")), rs.getBigDecimal("amount"), rs.getString("source"), (Integer) rs.getObject("year"),
				rs.getBoolean("published"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"))).list();
	}

	/** The costs by the kind they price. */
	public Map<String, UnitCost> byItem() {
		return all().stream().collect(Collectors.toMap(UnitCost::item, Function.identity()));
	}

	/** Adds or changes the cost of a kind; an amount the analyst sets is the county's own unless a source and a year are given. */
	@Transactional
	public void save(String item, UnitCost.Basis basis, BigDecimal amount, String source, Integer year, boolean published, String by) {
		jdbc.sql("""
				insert into insight.unit_cost (item, basis, amount, source, year, published, updated_at, updated_by)
				values (:item, :basis, :amount, :source, :year, :published, :at, :by)
				on conflict (item) do update set basis = excluded.basis, amount = excluded.amount, source = excluded.source, year = excluded.year,
				  published = excluded.published, updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.param("item", item)
			.param("basis", basis.name())
			.param("amount", amount)
			.param("source", source == null || source.isBlank() ? null : source.strip())
			.param("year", year)
			.param("published", published)
			.param("at", Timestamp.from(Instant.now()))
			.param("by", by)
			.update();
		version.moved();
	}

	@Transactional
	public boolean remove(String item) {
		boolean removed = jdbc.sql("delete from insight.unit_cost where item = :item").param("item", item).update() > 0;
		version.moved();
		return removed;
	}

	/** The price of one unit of the kind on the basis asked, in euros; zero when the table has none. */
	public static double price(Map<String, UnitCost> costs, String kind, UnitCost.Basis basis) {
		UnitCost cost = kind == null ? null : costs.get(kind);
		return cost != null && cost.basis() == basis ? cost.amount().doubleValue() : 0;
	}

	public static BigDecimal euros(String typed) {
		return new BigDecimal(typed.strip().replace(" ", "").replace(',', '.'));
	}
}
