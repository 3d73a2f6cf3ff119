package fi.yhdessa.directory;

import fi.yhdessa.platform.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only with the {@code bench} profile: the naive search the search benchmark compares the real one
 * with — {@code ILIKE} over names and descriptions, a page of twenty and the count, no index.
 */
@RestController
@Profile("bench")
class NaiveSearchBaseline {

	private final JdbcClient jdbc;

	NaiveSearchBaseline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Bean
	static PublicPaths naiveSearchIsPublicForTheBenchmark() {
		return PublicPaths.of("/bench/naive-search");
	}

	@GetMapping("/bench/naive-search")
	@Transactional(readOnly = true)
	Results search(@RequestParam String q) {
		String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = """
				state = 'PUBLISHED' and (name_fi ilike :p or name_sv ilike :p or name_en ilike :p
				  or description_fi ilike :p or description_sv ilike :p or description_en ilike :p)
				""";
		List<String> names = jdbc.sql("select coalesce(name_fi, name_sv, name_en) from directory.service where " + where
				+ " order by coalesce(name_fi, name_sv, name_en) limit 20")
			.param("p", pattern)
			.query(String.class)
			.list();
		long total = jdbc.sql("select count(*) from directory.service where " + where).param("p", pattern).query(Long.class).single();
		return new Results(total, names);
	}

	record Results(long total, List<String> names) {
	}
}
