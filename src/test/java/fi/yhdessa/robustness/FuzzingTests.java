package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A short fuzzing run of every parser of outside input together in one Jazzer process, a few seconds per parser;
 * the long run, each parser on its own, is in the bench profile ({@link Fuzzing#main}).
 */
class FuzzingTests {

	@Test
	void everyParserOfOutsideInputSurvivesFuzzing() throws Exception {
		int seconds = Integer.getInteger("yhdessa.fuzz.seconds", 2) * Fuzzing.TARGETS.size();
		Fuzzing.Outcome outcome = Fuzzing.fuzzEvery(Path.of("target"), "max_total_time=" + seconds);
		System.out.printf("Fuzzing every parser: %,d executions in %d s%n", outcome.runs(), outcome.seconds());
		assertThat(outcome.finding()).as("a parser crashed; the input (its last byte chooses the parser, %s) is in %s", Fuzzing.TARGETS, outcome.input())
			.isNull();
		assertThat(outcome.runs()).as("executions").isGreaterThan(Fuzzing.TARGETS.size());
	}
}
