package fi.yhdessa.insight.store;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome measures as insight keeps them, for the figures of effectiveness: goals rated at
 * agreement and at a review, and cases the family rated at the start and at the end.
 */
@Component
public class OutcomeMeasures {

	/** What effectiveness figures are grouped by. */
	public enum By {
		SERVICE_KIND("service_kind"), UNIT("unit_id"), MUNICIPALITY("municipality");

		private final String column;

		By(String column) {
			this.column = column;
		}
	}

	/**
	 * One group's before and after: how many families and records (goals or cases) have both, and
	 * the sums of the measure before and after.
	 */
	public record Change(String group, long families, long records, long before, long after) {
	}

	private final JdbcClient jdbc;

	OutcomeMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Goals with a rating at agreement and at a review, the latest in the period, by group. */
	@Transactional(readOnly = true)
	public List<Change> goals(By by, FigureFilter filter) {
		return changes("insight.goal_attainment", "baseline", "latest", by, filter);
	}

	/** Cases the family rated at the start and at the end, the end in the period, by group. */
	@Transactional(readOnly = true)
	public List<Change> everydayLife(By by, FigureFilter filter) {
		return changes("insight.everyday_rating", "start_rating", "end_rating", by, filter);
	}

	private List<Change> changes(String table, String before, String after, By by, FigureFilter filter) {
		// Per family first, then per group: a hash of the period's rows instead of sorting them for a count of distinct families.
		return jdbc.sql("""
				select grp, count(*) as families, sum(records) as records, sum(before) as before, sum(after) as after from (
				  select cast(%3$s as text) as grp, family_key, count(*) as records, sum(%1$s) as before, sum(%2$s) as after
				  from %4$s where %1$s is not null and %2$s is not null and month between :from and :to
				    and (cast(:municipality as text) is null or municipality = :municipality) and (cast(:area as text) is null or area = :area)
				    and (cast(:unit as uuid) is null or unit_id = :unit) and (cast(:serviceKind as text) is null or service_kind = :serviceKind)
				    and (cast(:age as text) is null or age_group = :age)
				  group by %3$s, family_key) as per_family
				group by grp order by 1
				""".formatted(before, after, by.column, table))
			.param("from", Date.valueOf(filter.from().atDay(1)))
			.param("to", Date.valueOf(filter.to().atDay(1)))
			.param("municipality", filter.municipality())
			.param("area", filter.area())
			.param("unit", filter.unitId())
			.param("serviceKind", filter.serviceKind())
			.param("age", filter.ageGroup())
			.query((rs, n) -> new Change(rs.getString("grp"), rs.getLong("families"), rs.getLong("records"), rs.getLong("before"), rs.getLong("after")))
			.list();
	}
}
