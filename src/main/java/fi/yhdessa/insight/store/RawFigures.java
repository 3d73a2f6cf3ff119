package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.FactKind;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same figures as {@link FigureCache}, computed on the spot by a GROUP BY over the facts: what
 * the aggregates are tested against, and the baseline their speed is measured against.
 */
@Component
public class RawFigures implements FigureSource {

	private final JdbcClient jdbc;

	RawFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureRow> rows(Set<FactKind> kinds, FigureFilter filter) {
		return jdbc.sql("select " + Rebuild.FIGURE_KEY + ", " + Rebuild.keyedValue() + " as keyed, count(*) as n, coalesce(sum(value), 0) as total "
				+ "from insight.fact where kind = any(:kinds) and month between :from and :to"
				+ " and (cast(:municipality as text) is null or municipality = :municipality) and (cast(:area as text) is null or area = :area)"
				+ " and (cast(:unit as uuid) is null or unit_id = :unit) and (cast(:serviceKind as text) is null or service_kind = :serviceKind)"
				+ " and (cast(:channel as text) is null or channel = :channel) and (cast(:age as text) is null or age_group = :age)"
				+ " and (cast(:language as text) is null or language = :language)"
				+ " group by " + Rebuild.FIGURE_KEY + ", keyed")
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("from", Date.valueOf(filter.from().atDay(1)))
			.param("to", Date.valueOf(filter.to().atDay(1)))
			.param("municipality", filter.municipality())
			.param("area", filter.area())
			.param("unit", filter.unitId())
			.param("serviceKind", filter.serviceKind())
			.param("channel", filter.channel())
			.param("age", filter.ageGroup())
			.param("language", filter.language())
			.query((rs, n) -> new FigureRow(FactKind.valueOf(rs.getString("kind")), YearMonth.from(rs.getObject("month", LocalDate.class)),
					rs.getString("municipality"), rs.getString("area"), rs.getObject("unit_id", UUID.class), rs.getString("service_kind"),
					rs.getString("channel"), rs.getString("age_group"), rs.getString("language"), rs.getString("detail"), (Boolean) rs.getObject("on_time"),
					(Integer) rs.getObject("keyed"), rs.getLong("n"), rs.getLong("total")))
			.list();
	}
}
