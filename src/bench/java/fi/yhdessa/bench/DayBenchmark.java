package fi.yhdessa.bench;

import fi.yhdessa.bench.GatlingRuns.RequestStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A county's day and its soak: starts the platform at the {@code region} scale as the casework
 * benchmark does, runs {@link DaySimulation} — every role's pages in a weekday's proportions — and
 * reports each page's figures, the requests a second of the mix, the platform's live heap after
 * collection, its database connections and loaded classes sampled every 15 s (a leak shows as a
 * rise), and that every logged read of a case wrote exactly one access-log entry. Written to
 * {@code target/bench/day.md}. Arguments: target directory, measured seconds, users.
 *
 * <p>{@code ./mvnw -Pbench -DskipTests package exec:exec@day} (two minutes of about 100 requests a
 * second); {@code -Dbench.day.seconds=600} holds the day for ten minutes.
 */
public final class DayBenchmark {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final int WARM_UP_SECONDS = 60;

	/** One sample of the platform's resources. */
	record Sample(long second, double liveHeapMb, double heapUsedMb, int connectionsActive, int connectionsTotal, long classes) {
	}

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
		int users = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		Path dataDir = Files.createDirectories(target.resolve("bench-region"));
		Path results = Files.createDirectories(target.resolve("gatling"));
		Path cases = Files.createDirectories(target.resolve("bench")).resolve("day-cases.txt");
		int port = GatlingRuns.freePort();
		Process platform = GatlingRuns.start(List.of(GatlingRuns.java(), "-cp", System.getProperty("java.class.path"), CaseworkBenchPlatform.class.getName(),
				"--spring.config.location=classpath:/", "--spring.profiles.active=demo", "--server.port=" + port, GatlingRuns.NO_BACKFILL, GatlingRuns.NO_INSIGHT_HISTORY), dataDir);
		String report;
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		try {
			GatlingRuns.awaitHealthy(platform, port, dataDir);
			String url = "http://localhost:" + port;
			StringBuilder lines = new StringBuilder();
			for (String worker : List.of("worker", "worker2")) {
				lines.append(worker).append(' ').append(String.join(" ", CaseworkBenchmark.openCases(url, worker))).append('\n');
			}
			Files.writeString(cases, lines);
			long loggedBefore = workersReadsLogged(url);
			List<Sample> samples = new CopyOnWriteArrayList<>();
			long start = System.nanoTime();
			sampler.scheduleAtFixedRate(() -> sample(url, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).ifPresent(samples::add), 0, 15, TimeUnit.SECONDS);
			Map<String, RequestStats> stats = GatlingRuns.gatling(DaySimulation.class, results, Map.of("bench.url", url, "bench.seconds", String.valueOf(seconds),
					"bench.warmup", String.valueOf(WARM_UP_SECONDS), "bench.users", String.valueOf(users), "bench.cases", cases.toString()));
			sampler.shutdownNow();
			long logged = workersReadsLogged(url) - loggedBefore;
			report = report(stats, logged, samples, seconds, users);
		}
		finally {
			sampler.shutdownNow();
			GatlingRuns.stop(platform);
		}
		System.out.println(report);
		Files.writeString(target.resolve("bench/day.md"), report);
	}

	static String report(Map<String, RequestStats> byName, long logged, List<Sample> samples, int seconds, int users) {
		StringBuilder out = new StringBuilder("%d users, %d s measured after a %d s warm-up%n%n| Page | count | p50 | p95 | mean | failed |%n|---|---:|---:|---:|---:|---:|%n"
			.formatted(users, seconds, WARM_UP_SECONDS));
		long measured = 0;
		long failed = 0;
		int worstP95 = 0;
		for (RequestStats request : byName.values()) {
			failed += request.ko();
			if (request.name().startsWith("warm-up") || request.name().startsWith("sign")) {
				continue;
			}
			measured += request.ok() + request.ko();
			worstP95 = Math.max(worstP95, request.p95());
			out.append("| %s | %,d | %d ms | %d ms | %d ms | %d |%n".formatted(request.name(), request.ok(), request.p50(), request.p95(), request.mean(), request.ko()));
		}
		out.append("%nThe mix: **%.1f requests a second**, every page's p95 at most **%d ms**, %d failed.%n".formatted(measured / (double) seconds, worstP95, failed));
		long expected = byName.values().stream()
			.filter(request -> request.name().endsWith(DaySimulation.CASE_SUMMARY) || request.name().endsWith(DaySimulation.CASE_JOURNAL))
			.mapToLong(request -> request.ok() + request.ko())
			.sum();
		out.append("%nAccess-log READ entries of cases by the workers: %,d; their case pages and sections read (warm-up included): %,d.%n".formatted(logged, expected));
		out.append("%n| s | live heap after GC | heap used | DB connections active / open | classes loaded |%n|---:|---:|---:|---:|---:|%n".formatted());
		for (Sample sample : samples) {
			out.append("| %d | %.0f MB | %.0f MB | %d / %d | %,d |%n".formatted(sample.second(), sample.liveHeapMb(), sample.heapUsedMb(), sample.connectionsActive(),
					sample.connectionsTotal(), sample.classes()));
		}
		if (failed > 0) {
			throw new IllegalStateException(failed + " requests failed\n" + out);
		}
		if (logged != expected) {
			throw new IllegalStateException("Expected one access-log entry per logged read\n" + out);
		}
		return out.toString();
	}

	/** The platform's resources now; none when the platform did not answer (the table then has a gap). */
	private static Optional<Sample> sample(String url, long second) {
		try {
			String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
			return Optional.of(new Sample(second, sum(metrics, "jvm_gc_live_data_size_bytes", "") / 1e6, sum(metrics, "jvm_memory_used_bytes", "area=\"heap\"") / 1e6,
					(int) sum(metrics, "hikaricp_connections_active", ""), (int) sum(metrics, "hikaricp_connections", ""),
					(long) sum(metrics, "jvm_classes_loaded_classes", "")));
		}
		catch (java.io.IOException e) {
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** The sum of a Prometheus metric's series whose labels contain {@code labels}. */
	private static double sum(String metrics, String name, String labels) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(metrics);
		double sum = 0;
		while (line.find()) {
			if (line.group(1) == null ? labels.isEmpty() : line.group(1).contains(labels)) {
				sum += Double.parseDouble(line.group(2));
			}
		}
		return sum;
	}

	/** READ entries of cases in the access log written by the two workers, as the auditor finds them; the worklist's own entries left out. */
	private static long workersReadsLogged(String url) throws Exception {
		long total = 0;
		for (String worker : List.of("worker", "worker2")) {
			total += CaseworkBenchmark.get(url + "/api/v1/access-log?action=READ&recordKind=casework.&actor=" + worker, "auditor").path("total").asLong()
					- CaseworkBenchmark.get(url + "/api/v1/access-log?action=READ&recordKind=casework.worklist&actor=" + worker, "auditor").path("total").asLong();
		}
		return total;
	}
}
