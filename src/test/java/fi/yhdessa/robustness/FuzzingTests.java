package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A short fuzzing run of every parser of outside input, a few seconds each; the long run is in the bench profile. */
class FuzzingTests {

	static final java.util.List<String> TARGETS = Fuzzing.TARGETS;

	@ParameterizedTest
	@FieldSource("TARGETS")
	void aParserOfOutsideInputSurvivesFuzzing(String target) throws Exception {
		Fuzzing.Outcome outcome = Fuzzing.fuzz(target, Path.of("target"), "max_total_time=" + Integer.getInteger("yhdessa.fuzz.seconds", 2));
		System.out.printf("Fuzzing %s: %,d executions in %d s%n", outcome.simpleName(), outcome.runs(), outcome.seconds());
		assertThat(outcome.finding()).as("%s found a crash; the input is in %s", target, outcome.input()).isNull();
		assertThat(outcome.runs()).as("executions of %s", target).isPositive();
	}
}
