package fi.yhdessa.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of every parser of outside input with Jazzer's libFuzzer driver, each
 * target in a JVM of its own. A target is a class with {@code fuzzerTestOneInput}; it lets the
 * parser refuse input in its documented way and lets anything else escape, which Jazzer reports
 * as a finding with the input that caused it. The seeds kept in {@code src/test/resources/fuzz/}
 * start each run (and, once a finding is fixed, replay it as a regression); what the fuzzer adds
 * goes to {@code target/fuzz/}. {@code ./mvnw verify} runs every target together for seconds in one
 * process ({@link FuzzingTests}, {@link EveryParserFuzzer}); {@code ./mvnw -Pbench verify} a million executions of each.
 */
public final class Fuzzing {

	static final List<String> TARGETS = List.of("fi.yhdessa.directory.hsds.HsdsPackageFuzzer", "fi.yhdessa.directory.hsds.HsdsJsonFuzzer", "fi.yhdessa.directory.FeedIdFuzzer",
			"fi.yhdessa.directory.editing.ServiceFormFuzzer", "fi.yhdessa.directory.ptv.PtvDocumentFuzzer", "fi.yhdessa.insight.indicators.SotkanetFileFuzzer", "fi.yhdessa.platform.IdentityCodeFuzzer",
			"fi.yhdessa.network.web.TypedDateFuzzer", "fi.yhdessa.casework.AttachmentFuzzer");

	private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
	private static final Pattern FINDING = Pattern.compile("== Java Exception: (.*)");
	private static final Pattern WRITTEN = Pattern.compile("Test unit written to (\\S+)");

	/** How one target's run went: executions, and the finding with the input that caused it, if any. */
	record Outcome(String target, long runs, long seconds, String finding, String input) {

		boolean clean() {
			return finding == null;
		}

		String simpleName() {
			return target.substring(target.lastIndexOf('.') + 1);
		}
	}

	private Fuzzing() {
	}

	/** Fuzzes one target until the limit: a libFuzzer flag without its dash ({@code max_total_time=5}, {@code runs=1000000}). */
	static Outcome fuzz(String target, Path buildDirectory, String limit) throws IOException, InterruptedException {
		String name = target.substring(target.lastIndexOf('.') + 1);
		return fuzz(target, buildDirectory, limit, Path.of("src/test/resources/fuzz", name).toAbsolutePath());
	}

	/**
	 * Fuzzes every target in one process ({@link EveryParserFuzzer}) until the limit, starting from every target's
	 * seeds with the byte that chooses the target put after each.
	 */
	static Outcome fuzzEvery(Path buildDirectory, String limit) throws IOException, InterruptedException {
		Path seeds = Files.createDirectories(buildDirectory.resolve("fuzz").resolve("EveryParserFuzzer-seeds").toAbsolutePath());
		for (int i = 0; i < TARGETS.size(); i++) {
			String name = TARGETS.get(i).substring(TARGETS.get(i).lastIndexOf('.') + 1);
			Path own = Path.of("src/test/resources/fuzz", name);
			if (!Files.isDirectory(own)) {
				continue;
			}
			try (var files = Files.list(own)) {
				for (Path seed : files.filter(Files::isRegularFile).toList()) {
					byte[] input = Files.readAllBytes(seed);
					byte[] chosen = java.util.Arrays.copyOf(input, input.length + 1);
					chosen[input.length] = (byte) i;
					Files.write(seeds.resolve(name + "-" + seed.getFileName()), chosen);
				}
			}
		}
		return fuzz(EveryParserFuzzer.class.getName(), buildDirectory, limit, seeds);
	}

	private static Outcome fuzz(String target, Path buildDirectory, String limit, Path seeds) throws IOException, InterruptedException {
		String name = target.substring(target.lastIndexOf('.') + 1);
		Path work = buildDirectory.resolve("fuzz").resolve(name).toAbsolutePath();
		Path corpus = Files.createDirectories(work.resolve("corpus"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
				"--enable-native-access=ALL-UNNAMED", "-XX:+EnableDynamicAgentLoading", "-cp", System.getProperty("java.class.path"),
				"com.code_intelligence.jazzer.Jazzer", "--target_class=" + target, "--instrumentation_includes=fi.yhdessa.**:tools.jackson.**",
				"-" + limit, "-timeout=20", "-rss_limit_mb=3072", "--reproducer_path=" + work, "-artifact_prefix=" + work + "/", corpus.toString()));
		if (Files.isDirectory(seeds)) {
			command.add(seeds.toString());
		}
		Path log = work.resolve("fuzz.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(3, TimeUnit.HOURS)) {
			process.destroyForcibly();
		}
		String output = Files.readString(log);
		Matcher done = DONE.matcher(output);
		long runs = 0;
		long seconds = 0;
		while (done.find()) {
			runs = Long.parseLong(done.group(1));
			seconds = Long.parseLong(done.group(2));
		}
		Matcher finding = FINDING.matcher(output);
		Matcher written = WRITTEN.matcher(output);
		String found = finding.find() ? finding.group(1) : process.exitValue() != 0 ? "exit " + process.exitValue() + ", see " + log : null;
		return new Outcome(target, runs, seconds, found, written.find() ? written.group(1) : null);
	}

	/** The long run: {@code Fuzzing <build directory> <limit>}, a table of the outcomes, and a failure if any target found something. */
	public static void main(String[] args) throws Exception {
		Path build = Path.of(args[0]);
		String limit = args.length > 1 ? args[1] : "runs=1000000";
		boolean clean = true;
		System.out.println("| target | executions | seconds | finding |");
		System.out.println("|---|---:|---:|---|");
		for (String target : TARGETS) {
			Outcome outcome = fuzz(target, build, limit);
			clean &= outcome.clean();
			System.out.printf("| %s | %,d | %d | %s |%n", outcome.simpleName(), outcome.runs(), outcome.seconds(),
					outcome.clean() ? "none" : outcome.finding() + " (input " + outcome.input() + ")");
		}
		if (!clean) {
			System.exit(1);
		}
	}
}
