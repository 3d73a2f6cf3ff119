package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.Deadline;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The deadlines still open, kept as facts arrive: how many are past due today. */
@Component
public class OpenDeadlines {

	private final JdbcClient jdbc;

	OpenDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many deadlines of each kind are past their day and not met, among those the filter's dimensions let through (any month). */
	@Transactional(readOnly = true)
	public Map<Deadline, Long> overdue(FigureFilter filter, LocalDate today) {
		Map<Deadline, Long> overdue = new EnumMap<>(Deadline.class);
		jdbc.sql("""
				select clock, count(*) as n from insight.open_deadline where due < :today
				  and (cast(:municipality as text) is null or municipality = :municipality) and (cast(:area as text) is null or area = :area)
				  and (cast(:unit as uuid) is null or unit_id = :unit) and (cast(:serviceKind as text) is null or service_kind = :serviceKind)
				  and (cast(:channel as text) is null or channel = :channel) and (cast(:age as text) is null or age_group = :age)
				  and (cast(:language as text) is null or language = :language)
				group by clock
				""")
			.param("today", Date.valueOf(today))
			.param("municipality", filter.municipality())
			.param("area", filter.area())
			.param("unit", filter.unitId())
			.param("serviceKind", filter.serviceKind())
			.param("channel", filter.channel())
			.param("age", filter.ageGroup())
			.param("language", filter.language())
			.query(rs -> {
				overdue.put(Deadline.valueOf(rs.getString("clock")), rs.getLong("n"));
			});
		return overdue;
	}
}
