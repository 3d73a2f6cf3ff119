package fi.yhdessa.insight.indicators;

import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.SmallCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported national indicators and their values. A value whose absolute number of people is
 * 1–4 is given without either number, and a number that would give such a one away is left out
 * too ({@link SecondarySuppression}): figures about people never show a count under five.
 */
@Service
public class Indicators {

	private final JdbcClient jdbc;
	private final SmallCounts smallCounts;
	private final IndicatorRegions regions;

	Indicators(JdbcClient jdbc, SmallCounts smallCounts, IndicatorRegions regions) {
		this.jdbc = jdbc;
		this.smallCounts = smallCounts;
		this.regions = regions;
	}

	public record Indicator(int id, LocalizedText title, LocalizedText description, String valueType, Integer decimals, String producer,
			LocalDate dataUpdated, Integer rangeStart, Integer rangeEnd) {

		/** How THL asks its data to be cited. */
		public String citation(LocalDate on) {
			return "Tilasto- ja indikaattoripankki Sotkanet. THL. " + title.fi() + " (ind. " + id + "). Viitattu " + on + ".";
		}
	}

	/** A value for a region, year and gender; {@code suppressed} when it concerns fewer than five people and both numbers are left out. */
	public record Value(int region, String regionCode, String category, LocalizedText regionTitle, int year, String gender, BigDecimal value,
			BigDecimal absValue, boolean suppressed) {
	}

	@Transactional(readOnly = true)
	public List<Indicator> all() {
		return jdbc.sql("select * from insight.indicator order by id").query((rs, n) -> new Indicator(rs.getInt("id"),
				LocalizedText.of(rs.getString("title_fi"), rs.getString("title_sv"), rs.getString("title_en")),
				LocalizedText.ofNullable(rs.getString("description_fi"), rs.getString("description_sv"), rs.getString("description_en")),
				rs.getString("value_type"), (Integer) rs.getObject("decimals"), rs.getString("producer"),
				rs.getDate("data_updated") == null ? null : rs.getDate("data_updated").toLocalDate(), (Integer) rs.getObject("range_start"),
				(Integer) rs.getObject("range_end")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Indicator> find(int id) {
		return all().stream().filter(i -> i.id() == id).findFirst();
	}

	/**
	 * The values of an indicator that a view of the county needs: the whole country, the county (by
	 * its code, or every county when none is given) and the municipalities with these codes.
	 */
	@Transactional(readOnly = true)
	public List<Value> valuesFor(int indicator, java.util.Collection<String> municipalities, String countyCode) {
		java.util.Set<String> county = regions.municipalitiesOf(null);
		java.util.Set<String> read = new java.util.HashSet<>(county);
		read.addAll(municipalities);
		List<Value> values = jdbc.sql("""
				select v.*, r.code, r.category, r.title_fi, r.title_sv, r.title_en from insight.indicator_value v
				join insight.indicator_region r on r.id = v.region
				where v.indicator = :indicator and (r.category = 'MAA' or (r.category = 'HYVINVOINTIALUE' and (cast(:county as text) is null or r.code = :county))
				  or (r.category = 'KUNTA' and r.code = any(:codes)))
				order by v.year, r.category, r.code, v.gender
				""")
			.param("indicator", indicator)
			.param("county", countyCode == null || countyCode.isBlank() ? null : countyCode)
			.param("codes", read.toArray(String[]::new))
			.query(this::value)
			.list();
		return SecondarySuppression.applied(values, county, regions.countyCode(values)).stream()
			.filter(v -> !"KUNTA".equals(v.category()) || municipalities.contains(v.regionCode()))
			.toList();
	}

	/** The values of an indicator, optionally of one region category ({@code KUNTA}, {@code HYVINVOINTIALUE}, {@code MAA}) and year. */
	@Transactional(readOnly = true)
	public List<Value> values(int indicator, String category, Integer year) {
		List<Value> values = jdbc.sql("""
				select v.*, r.code, r.category, r.title_fi, r.title_sv, r.title_en from insight.indicator_value v
				left join insight.indicator_region r on r.id = v.region
				where v.indicator = :indicator and (cast(:year as int) is null or v.year = :year)
				order by v.year, r.category, r.code, v.gender
				""")
			.param("indicator", indicator)
			.param("year", year)
			.query(this::value)
			.list();
		return SecondarySuppression.applied(values, regions.municipalitiesOf(null), regions.countyCode(values)).stream()
			.filter(v -> category == null || category.equals(v.category()))
			.toList();
	}

	private Value value(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		BigDecimal absolute = rs.getBigDecimal("abs_value");
		boolean small = absolute != null && absolute.signum() > 0 && absolute.compareTo(BigDecimal.valueOf(smallCounts.minimum())) < 0;
		return new Value(rs.getInt("region"), rs.getString("code"), rs.getString("category"),
				rs.getString("title_fi") == null ? null : LocalizedText.of(rs.getString("title_fi"), rs.getString("title_sv"), rs.getString("title_en")),
				rs.getInt("year"), rs.getString("gender"), small ? null : rs.getBigDecimal("value"), small ? null : absolute, small);
	}
}
