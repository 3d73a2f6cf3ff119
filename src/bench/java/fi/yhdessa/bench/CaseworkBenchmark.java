package fi.yhdessa.bench;

import fi.yhdessa.bench.GatlingRuns.RequestStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The casework benchmark: starts the platform at the {@code region} scale (100 000 cases, 2 million
 * journal entries; the data directory {@code target/bench-region} is shared with the search
 * benchmark) from the test class path as {@link CaseworkBenchPlatform}, collects the open cases of
 * {@code worker} and {@code worker2}, runs {@link CaseworkSimulation} and prints the worklist's and
 * the case page's figures and the access log's cost — case reads with the log ÷ the same reads
 * without it, from the same run — as Markdown, also written to {@code target/bench/casework.md}.
 * It checks from the log itself that every logged read wrote one entry and no unlogged read did.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests package exec:exec@casework} (part of
 * {@code ./mvnw -Pbench verify}). The load generator shares the machine with the platform.
 */
public final class CaseworkBenchmark {

	private static final List<String> WORKERS = List.of("worker", "worker2");
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		Path dataDir = Files.createDirectories(target.resolve("bench-region"));
		Path results = Files.createDirectories(target.resolve("gatling"));
		Path cases = Files.createDirectories(target.resolve("bench")).resolve("casework-cases.txt");
		int port = GatlingRuns.freePort();
		// The test class path holds the tests' own configuration under config/: read only the platform's.
		Process platform = GatlingRuns.start(List.of(GatlingRuns.java(), "-cp", System.getProperty("java.class.path"), CaseworkBenchPlatform.class.getName(),
				"--spring.config.location=classpath:/", "--spring.profiles.active=demo", "--server.port=" + port, GatlingRuns.NO_BACKFILL, GatlingRuns.NO_INSIGHT_HISTORY), dataDir);
		String report;
		try {
			GatlingRuns.awaitHealthy(platform, port, dataDir);
			String url = "http://localhost:" + port;
			StringBuilder lines = new StringBuilder();
			for (String worker : WORKERS) {
				lines.append(worker).append(' ').append(String.join(" ", openCases(url, worker))).append('\n');
			}
			Files.writeString(cases, lines);
			long loggedBefore = caseReadsLogged(url);
			Map<String, RequestStats> stats = GatlingRuns.gatling(CaseworkSimulation.class, results,
					Map.of("bench.url", url, "bench.seconds", String.valueOf(seconds), "bench.cases", cases.toString()));
			long logged = caseReadsLogged(url) - loggedBefore;
			report = report(stats, logged);
		}
		finally {
			GatlingRuns.stop(platform);
		}
		System.out.println(report);
		Files.writeString(target.resolve("bench/casework.md"), report);
	}

	/** The ids of a worker's open cases, from the worklist's API. */
	static List<String> openCases(String url, String worker) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int page = 1;; page++) {
			JsonNode cases = get(url + "/api/v1/worklist?casePage=" + page, worker).path("cases");
			cases.path("items").forEach(line -> ids.add(line.path("id").asString()));
			if (ids.size() >= cases.path("total").asLong() || cases.path("items").isEmpty()) {
				return ids;
			}
		}
	}

	/**
	 * READ entries of cases in the access log, as the auditor finds them; the worklist's one entry per
	 * view for its family names is left out (each sign-in lands on it too; the tests hold it to one).
	 */
	private static long caseReadsLogged(String url) throws Exception {
		return get(url + "/api/v1/access-log?action=READ&recordKind=casework.", "auditor").path("total").asLong()
				- get(url + "/api/v1/access-log?action=READ&recordKind=casework.worklist", "auditor").path("total").asLong();
	}

	static JsonNode get(String uri, String username) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Basic " + credentials).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " as " + username + ": " + response.statusCode());
		}
		return JSON.readTree(response.body());
	}

	static String report(Map<String, RequestStats> byName, long logged) {
		StringBuilder out = new StringBuilder("| Request, %d concurrent users | count | p50 | p95 | mean |\n|---|---:|---:|---:|---:|\n".formatted(CaseworkSimulation.USERS));
		long failed = 0;
		for (String name : List.of(CaseworkSimulation.WORKLIST, CaseworkSimulation.CASE_PAGE, CaseworkSimulation.CASE_PAGE_UNLOGGED, CaseworkSimulation.CASE_READ,
				CaseworkSimulation.CASE_READ_UNLOGGED)) {
			RequestStats request = stats(byName, name);
			failed += request.ko();
			out.append("| %s | %,d | %d ms | %d ms | %d ms |%n".formatted(name, request.ok(), request.p50(), request.p95(), request.mean()));
		}
		if (failed > 0) {
			throw new IllegalStateException(failed + " requests failed");
		}
		out.append('\n').append(ratio("Case read (API)", stats(byName, CaseworkSimulation.CASE_READ), stats(byName, CaseworkSimulation.CASE_READ_UNLOGGED)));
		out.append(ratio("Case page", stats(byName, CaseworkSimulation.CASE_PAGE), stats(byName, CaseworkSimulation.CASE_PAGE_UNLOGGED)));
		long expected = byName.values().stream()
			.filter(request -> request.name().endsWith(CaseworkSimulation.CASE_PAGE) || request.name().endsWith(CaseworkSimulation.CASE_READ))
			.mapToLong(request -> request.ok() + request.ko())
			.sum();
		out.append("%nAccess-log READ entries of cases written during the run: %,d; logged case reads made (warm-up included): %,d.%n".formatted(logged, expected));
		if (logged != expected) {
			throw new IllegalStateException("Expected one access-log entry per logged read and none for the others");
		}
		return out.toString();
	}

	private static String ratio(String what, RequestStats withLog, RequestStats withoutLog) {
		return "%s with the access log ÷ without: mean %d ÷ %d ms = **%.2f**, p95 %d ÷ %d ms = **%.2f**.%n".formatted(what, withLog.mean(), withoutLog.mean(),
				withLog.mean() / (double) withoutLog.mean(), withLog.p95(), withoutLog.p95(), withLog.p95() / (double) withoutLog.p95());
	}

	private static RequestStats stats(Map<String, RequestStats> byName, String name) {
		RequestStats request = byName.get(name);
		if (request == null) {
			throw new IllegalStateException("No statistics for " + name + " among " + byName.keySet());
		}
		return request;
	}
}
