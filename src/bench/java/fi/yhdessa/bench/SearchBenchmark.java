package fi.yhdessa.bench;

import fi.yhdessa.YhdessaApplication;
import fi.yhdessa.bench.GatlingRuns.RequestStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The search benchmark: starts the platform from the test class path at the {@code region} scale (50 000
 * services; the data directory is kept under {@code target/bench-region}, so only the first run
 * loads it) with the {@code bench} profile for the naive baseline, runs {@link SearchSimulation}
 * with Gatling in its own JVM, and prints p50, p95 and throughput per phase as a Markdown table,
 * also written to {@code target/bench/search.md}.
 *
 * <p>Run with {@code ./mvnw -Pbench verify}, or only this with
 * {@code ./mvnw -Pbench -DskipTests package exec:exec@search}. The load generator shares the
 * machine with the platform.
 */
public final class SearchBenchmark {

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/yhdessa.jar").toAbsolutePath();
		Path target = jar.getParent();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path dataDir = Files.createDirectories(target.resolve("bench-region"));
		Path results = Files.createDirectories(target.resolve("gatling"));
		StringBuilder report = new StringBuilder();
		int port = GatlingRuns.freePort();
		// From the test class path, where the bench sources' naive baseline is.
		Process platform = GatlingRuns.start(List.of(GatlingRuns.java(), "-cp", System.getProperty("java.class.path"), YhdessaApplication.class.getName(),
				"--spring.profiles.active=demo,bench",
				"--server.port=" + port, GatlingRuns.NO_BACKFILL, GatlingRuns.NO_INSIGHT_HISTORY), dataDir);
		Map<String, RequestStats> stats;
		try {
			GatlingRuns.awaitHealthy(platform, port, dataDir);
			stats = GatlingRuns.gatling(SearchSimulation.class, results, Map.of("bench.url", "http://localhost:" + port, "bench.seconds", String.valueOf(seconds), "bench.warmup.seconds",
					String.valueOf(Integer.getInteger("bench.warmup.seconds", 60))));
		}
		finally {
			GatlingRuns.stop(platform);
		}
		report.append("Every search on the node's Lucene index; there is no result cache.\n\n");
		report.append(table(stats, seconds)).append('\n');
		System.out.println(report);
		Files.createDirectories(target.resolve("bench"));
		Files.writeString(target.resolve("bench/search.md"), report.toString());
	}

	/** One row per measured phase: p50, p95 and throughput, the naive baseline beside the search. */
	static String table(Map<String, RequestStats> byName, int seconds) {
		StringBuilder table = new StringBuilder("| Concurrent users | Search p50 | Search p95 | Search req/s | Naive ILIKE p50 | Naive ILIKE p95 | Naive req/s | Throughput × |\n"
				+ "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (int users : SearchSimulation.USERS) {
			RequestStats search = byName.get("search, " + users + " users");
			RequestStats naive = byName.get("naive ILIKE, " + users + " users");
			if (search == null || naive == null) {
				throw new IllegalStateException("No statistics for " + users + " users among " + byName.keySet());
			}
			if (search.ko() + naive.ko() > 0) {
				throw new IllegalStateException(users + " users: " + (search.ko() + naive.ko()) + " requests failed");
			}
			double searchRate = search.ok() / (double) seconds;
			double naiveRate = naive.ok() / (double) seconds;
			table.append("| %d | %d ms | %d ms | %.1f | %d ms | %d ms | %.1f | %.1f |%n".formatted(users, search.p50(), search.p95(), searchRate,
					naive.p50(), naive.p95(), naiveRate, searchRate / naiveRate));
		}
		return table.toString();
	}
}
