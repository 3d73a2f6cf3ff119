package fi.yhdessa.bench;

import fi.yhdessa.bench.GatlingRuns.RequestStats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national indicators benchmark: serves the whole country's data for ten indicators over
 * twenty years in Sotkanet's format ({@link SotkanetNation}), starts the platform at the
 * {@code region} scale pointed at it (data directory {@code target/bench-region}, shared with the
 * other benchmarks), imports through the API twice — the first adds every value (or, after an
 * earlier run, changes it: each run serves values of its own), the second finds nothing changed — and runs {@link IndicatorSimulation}: the polarisation view under 32 analysts and
 * the welfare report, with the demo county's two areas and the whole county. Prints the figures as Markdown, also written to {@code target/bench/indicators.md}.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests package exec:exec@indicators}.
 */
public final class IndicatorBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		Path dataDir = Files.createDirectories(target.resolve("bench-region"));
		Path results = Files.createDirectories(target.resolve("gatling"));
		Files.createDirectories(target.resolve("bench"));
		int port = GatlingRuns.freePort();
		String url = "http://localhost:" + port;
		StringBuilder report = new StringBuilder();
		// The demo county's eleven municipalities and its code in Sotkanet's regions, as the demo's own indicators have them.
		try (SotkanetNation sotkanet = new SotkanetNation(List.of("801", "802", "803", "804", "805", "806", "807", "808", "809", "810", "811"), "90",
				System.currentTimeMillis())) {
			Process platform = GatlingRuns.start(List.of(GatlingRuns.java(), "-cp", System.getProperty("java.class.path"), InsightBenchPlatform.class.getName(),
					"--spring.config.location=classpath:/", "--spring.profiles.active=demo", "--server.port=" + port, GatlingRuns.NO_BACKFILL,
					"--yhdessa.insight.sotkanet-url=" + sotkanet.url()), dataDir);
			try {
				GatlingRuns.awaitHealthy(platform, port, dataDir);
				report.append(imports(url)).append('\n');
				Map<String, RequestStats> stats = GatlingRuns.gatling(IndicatorSimulation.class, results, Map.of("bench.url", url, "bench.seconds",
						String.valueOf(seconds), "bench.indicators", SotkanetNation.ids().stream().map(String::valueOf).collect(Collectors.joining(",")),
						"bench.areas", ",north,south"));
				report.append(figures(stats));
			}
			finally {
				GatlingRuns.stop(platform);
			}
		}
		System.out.println(report);
		Files.writeString(target.resolve("bench/indicators.md"), report);
	}

	/** Imports the ten indicators for twenty years twice through the API, as the analyst would, and reports what each did and took. */
	private static String imports(String url) throws Exception {
		int year = Year.now().getValue();
		String body = JSON.writeValueAsString(Map.of("indicators", SotkanetNation.ids(), "years", IntStream.rangeClosed(year - 20, year - 1).boxed().toList()));
		StringBuilder out = new StringBuilder("| Import of 10 indicators × 332 regions × 20 years × 3 genders | added | changed | unchanged | took |\n|---|---:|---:|---:|---:|\n");
		for (String run : List.of("first (every value new, or changed since an earlier run)", "again, nothing changed")) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/insight/indicator-imports")).header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:demo".getBytes(StandardCharsets.UTF_8)))
				.timeout(Duration.ofMinutes(10))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long started = System.nanoTime();
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Import answered " + response.statusCode() + ": " + response.body());
			}
			JsonNode answer = JSON.readTree(response.body());
			out.append("| %s | %,d | %,d | %,d | **%.1f s** |%n".formatted(run, answer.path("added").asInt(), answer.path("changed").asInt(),
					answer.path("unchanged").asInt(), took / 1000.0));
		}
		return out.toString();
	}

	static String figures(Map<String, RequestStats> byName) {
		StringBuilder out = new StringBuilder("| Request | count | p50 | p95 | mean |\n|---|---:|---:|---:|---:|\n");
		long failed = 0;
		for (String name : List.of(IndicatorSimulation.VIEW, IndicatorSimulation.PDF, IndicatorSimulation.CSV)) {
			RequestStats request = byName.get(name);
			if (request == null) {
				throw new IllegalStateException("No statistics for " + name + " among " + byName.keySet());
			}
			failed += request.ko();
			String users = name.equals(IndicatorSimulation.VIEW) ? ", " + IndicatorSimulation.USERS + " concurrent analysts" : ", one analyst alone";
			out.append("| %s%s | %,d | %d ms | %d ms | %d ms |%n".formatted(name, users, request.ok(), request.p50(), request.p95(), request.mean()));
		}
		if (failed > 0) {
			throw new IllegalStateException(failed + " requests failed");
		}
		return out.toString();
	}
}
