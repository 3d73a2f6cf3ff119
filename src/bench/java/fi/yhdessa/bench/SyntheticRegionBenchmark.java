package fi.yhdessa.bench;

import fi.yhdessa.demo.RegionScale;
import fi.yhdessa.demo.SyntheticRegion;
import fi.yhdessa.demo.SyntheticRegionGenerator;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** How long building the synthetic region takes, at the demo scale and at the 250 000-resident region scale. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SyntheticRegionBenchmark {

	@Param({ "DEMO", "REGION" })
	public RegionScale scale;

	@Benchmark
	public SyntheticRegion generate() {
		return SyntheticRegionGenerator.generate(scale, LocalDate.of(2026, 11, 22));
	}
}
