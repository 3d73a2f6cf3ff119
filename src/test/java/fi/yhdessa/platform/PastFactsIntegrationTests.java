package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PastFactsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageWhoseRecordsAreAllRefusedDoesNotEndTheTelling() {
		// Records 1–200 were written before a rule their history now breaks; 201–450 tell one fact each.
		PastFacts source = PastFacts.of("test.numbers", jdbc, "select n from generate_series(1, 450) n order by n", (rs, row) -> rs.getInt("n"), n -> {
			if (n <= 200) {
				throw new IllegalStateException("refused by a later rule");
			}
			return List.of("fact " + n);
		});

		assertThat(source.page(0, 200)).isEqualTo(new PastFacts.Told(200, List.of()));
		assertThat(source.page(200, 200).facts()).hasSize(200).startsWith("fact 201");
		assertThat(source.page(400, 200)).satisfies(last -> {
			assertThat(last.records()).isEqualTo(50);
			assertThat(last.facts()).endsWith("fact 450");
		});
		assertThat(source.page(600, 200).records()).isZero();
	}
}
