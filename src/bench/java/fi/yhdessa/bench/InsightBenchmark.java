package fi.yhdessa.bench;

import fi.yhdessa.bench.GatlingRuns.RequestStats;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insight benchmark: starts the platform at the {@code region} scale with the demo's two years
 * of insight history (10 million facts; the data directory {@code target/bench-region} is shared
 * with the other benchmarks, so only the first run writes them) from the test class path as
 * {@link InsightBenchPlatform}, without the backfill of the region's records so that nothing else
 * runs meanwhile; rebuilds the aggregates from the facts as the analyst does on the settings page,
 * {@code rebuilds} times; then runs {@link InsightSimulation} and prints the figures as Markdown,
 * also written to {@code target/bench/insight.md}.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests package exec:exec@insight} (part of
 * {@code ./mvnw -Pbench verify}). The load generator shares the machine with the platform.
 */
public final class InsightBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern FACTS = Pattern.compile("data-facts=\"(\\d+)\"");
	private static final Pattern REBUILT = Pattern.compile("\\((\\d[\\d\\s\\u00a0\\u202f,]*) ms\\)");
	private static final Pattern MUNICIPALITY = Pattern.compile("<option value=\"(\\d{3})\"");

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int rebuilds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		Path dataDir = Files.createDirectories(target.resolve("bench-region"));
		Path results = Files.createDirectories(target.resolve("gatling"));
		Path handoffs = Files.createDirectories(target.resolve("bench")).resolve("insight-handoffs.txt");
		int port = GatlingRuns.freePort();
		// The test class path holds the tests' own configuration under config/: read only the platform's.
		Process platform = GatlingRuns.start(List.of(GatlingRuns.java(), "-cp", System.getProperty("java.class.path"), InsightBenchPlatform.class.getName(),
				"--spring.config.location=classpath:/", "--spring.profiles.active=demo", "--server.port=" + port, GatlingRuns.NO_BACKFILL), dataDir);
		StringBuilder report = new StringBuilder();
		try {
			GatlingRuns.awaitHealthy(platform, port, dataDir);
			String url = "http://localhost:" + port;
			report.append(rebuilds(url, rebuilds)).append('\n');
			List<String> municipalities = municipalities(url);
			Files.writeString(handoffs, handoffLines(url));
			Map<String, RequestStats> stats = GatlingRuns.gatling(InsightSimulation.class, results, Map.of("bench.url", url, "bench.seconds",
					String.valueOf(seconds), "bench.municipalities", String.join(",", municipalities), "bench.handoffs", handoffs.toString()));
			report.append(figures(stats));
		}
		finally {
			GatlingRuns.stop(platform);
		}
		System.out.println(report);
		Files.writeString(target.resolve("bench/insight.md"), report);
	}

	/** Signs in as the analyst, reads how many facts insight holds and rebuilds the aggregates from them, as the settings page does. */
	private static String rebuilds(String url, int times) throws Exception {
		HttpClient analyst = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
		String login = page(analyst, url + "/login");
		post(analyst, url + "/login", "username=analyst&password=demo&_csrf=" + token(login));
		String settings = page(analyst, url + "/insight/settings");
		long facts = Long.parseLong(find(FACTS, settings));
		StringBuilder out = new StringBuilder("Facts held: **%,d**.%n%n| Rebuild of all aggregates | reported by the platform | request |%n|---|---:|---:|%n".formatted(facts));
		List<Long> took = new ArrayList<>();
		for (int run = 1; run <= times; run++) {
			long started = System.nanoTime();
			String done = post(analyst, url + "/insight/settings/rebuild", "_csrf=" + token(settings));
			long wall = Duration.ofNanos(System.nanoTime() - started).toMillis();
			long reported = Long.parseLong(find(REBUILT, done).replaceAll("\\D", ""));
			took.add(reported);
			out.append("| run %d | %,d ms | %,d ms |%n".formatted(run, reported, wall));
			settings = done;
		}
		took.sort(null);
		return out.append("%nMedian rebuild: **%.1f s**.%n".formatted(took.get(took.size() / 2) / 1000.0)).toString();
	}

	private static List<String> municipalities(String url) throws Exception {
		Set<String> codes = new LinkedHashSet<>();
		Matcher option = MUNICIPALITY.matcher(page(HttpClient.newHttpClient(), url + "/contact"));
		while (option.find()) {
			codes.add(option.group(1));
		}
		return List.copyOf(codes);
	}

	/** Each worker hands off the open cases to the other's unit: {@code username unit case-id …}. */
	private static String handoffLines(String url) throws Exception {
		List<String> worker = openCases(url, "worker");
		List<String> worker2 = openCases(url, "worker2");
		String north = unit(url, "worker", worker.getFirst());
		String south = unit(url, "worker2", worker2.getFirst());
		return "worker " + south + " " + String.join(" ", worker) + "\nworker2 " + north + " " + String.join(" ", worker2) + "\n";
	}

	private static List<String> openCases(String url, String worker) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int page = 1;; page++) {
			JsonNode cases = api(url + "/api/v1/worklist?casePage=" + page, worker).path("cases");
			cases.path("items").forEach(line -> ids.add(line.path("id").asString()));
			if (ids.size() >= cases.path("total").asLong() || cases.path("items").isEmpty()) {
				return ids;
			}
		}
	}

	private static String unit(String url, String worker, String caseId) throws Exception {
		return api(url + "/api/v1/cases/" + caseId, worker).path("clientCase").path("unitId").asString();
	}

	static String figures(Map<String, RequestStats> byName) {
		StringBuilder out = new StringBuilder("| Request | count | p50 | p95 | mean |\n|---|---:|---:|---:|---:|\n");
		long failed = 0;
		for (String name : List.of(InsightSimulation.FIGURES, InsightSimulation.FIGURES_COMPUTED, InsightSimulation.RATIO_AGGREGATES, InsightSimulation.RATIO_RAW, InsightSimulation.CONTACT,
				InsightSimulation.CONTACT_UNPUBLISHED, InsightSimulation.HANDOFF, InsightSimulation.HANDOFF_UNPUBLISHED)) {
			RequestStats request = stats(byName, name);
			failed += request.ko();
			String users = name.startsWith("figures") && !name.endsWith("alone") ? ", " + InsightSimulation.USERS + " concurrent users" : "";
			out.append("| %s%s | %,d | %d ms | %d ms | %d ms |%n".formatted(name, users, request.ok(), request.p50(), request.p95(), request.mean()));
		}
		if (failed > 0) {
			throw new IllegalStateException(failed + " requests failed");
		}
		RequestStats raw = stats(byName, InsightSimulation.RATIO_RAW);
		RequestStats aggregated = stats(byName, InsightSimulation.RATIO_AGGREGATES);
		out.append("%nSame figures by GROUP BY over the facts ÷ computed from the aggregates, one analyst alone: mean %d ÷ %d ms = **%.0f×**.%n".formatted(raw.mean(), aggregated.mean(),
				raw.mean() / (double) Math.max(1, aggregated.mean())));
		out.append(ratio("Contact", stats(byName, InsightSimulation.CONTACT), stats(byName, InsightSimulation.CONTACT_UNPUBLISHED)));
		out.append(ratio("Hand-off", stats(byName, InsightSimulation.HANDOFF), stats(byName, InsightSimulation.HANDOFF_UNPUBLISHED)));
		return out.toString();
	}

	private static String ratio(String what, RequestStats with, RequestStats without) {
		return "%s with its facts published ÷ without: mean %d ÷ %d ms = **%.2f**, p95 %d ÷ %d ms = **%.2f**.%n".formatted(what, with.mean(), without.mean(),
				with.mean() / (double) Math.max(1, without.mean()), with.p95(), without.p95(), with.p95() / (double) Math.max(1, without.p95()));
	}

	private static RequestStats stats(Map<String, RequestStats> byName, String name) {
		RequestStats request = byName.get(name);
		if (request == null) {
			throw new IllegalStateException("No statistics for " + name + " among " + byName.keySet());
		}
		return request;
	}

	private static String page(HttpClient client, String uri) throws Exception {
		return checked(uri, client.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString()));
	}

	private static String post(HttpClient client, String uri, String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return checked(uri, client.send(request, HttpResponse.BodyHandlers.ofString()));
	}

	private static JsonNode api(String uri, String username) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Basic " + credentials).build();
		return JSON.readTree(checked(uri, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())));
	}

	private static String checked(String uri, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + ": " + response.statusCode());
		}
		return response.body();
	}

	private static String token(String page) {
		return URLEncoder.encode(find(CSRF, page), StandardCharsets.UTF_8);
	}

	private static String find(Pattern pattern, String page) {
		Matcher found = pattern.matcher(page);
		if (!found.find()) {
			throw new IllegalStateException("Not on the page: " + pattern);
		}
		return found.group(1);
	}
}
