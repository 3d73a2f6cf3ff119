package fi.yhdessa.insight.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The analyst's own text for each section of the report of a year and an area, in Finnish and Swedish. */
@Service
public class ReportTexts {

	public static final int MAX = 8000;

	private final JdbcClient jdbc;
	private final Clock clock;

	ReportTexts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A section's text in both languages; either may be blank. */
	public record Text(String fi, String sv) {

		public String in(String language) {
			return "sv".equals(language) && sv != null && !sv.isBlank() ? sv : fi;
		}
	}

	@Transactional(readOnly = true)
	public Map<ReportSection, Text> of(ReportPeriod period, String area) {
		Map<ReportSection, Text> texts = new EnumMap<>(ReportSection.class);
		jdbc.sql("select * from insight.report_text where year = ? and area_code = ?").params(period.lastYear(), area == null ? "" : area)
			.query((rs, n) -> Map.entry(ReportSection.valueOf(rs.getString("section")), new Text(rs.getString("text_fi"), rs.getString("text_sv"))))
			.list()
			.forEach(e -> texts.put(e.getKey(), e.getValue()));
		return texts;
	}

	@Transactional
	public void save(ReportPeriod period, String area, ReportSection section, Text text, String by) {
		jdbc.sql("""
				insert into insight.report_text (year, area_code, section, text_fi, text_sv, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (year, area_code, section) do update set text_fi = excluded.text_fi, text_sv = excluded.text_sv,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.params(period.lastYear(), area == null ? "" : area, section.name(), text.fi(), text.sv(), Timestamp.from(Instant.now(clock)), by)
			.update();
	}
}
