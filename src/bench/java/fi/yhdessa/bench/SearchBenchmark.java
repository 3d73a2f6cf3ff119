package fi.yhdessa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The search benchmark: starts {@code target/yhdessa.jar} at the {@code region} scale (50 000
 * services; the data directory is kept under {@code target/bench-region}, so only the first run
 * loads it) with the {@code bench} profile for the naive baseline, runs {@link SearchSimulation}
 * with Gatling in its own JVM, and prints p50, p95 and throughput per phase as a Markdown table,
 * also written to {@code target/bench/search.md} — once with the result cache off, so that every
 * search reaches PostgreSQL, and once as deployed, with the cache.
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
		for (String cacheSize : List.of("0", "2000")) {
			int port = freePort();
			Process platform = start(jar, dataDir, port, cacheSize);
			try {
				long started = System.nanoTime();
				awaitHealthy(platform, port, dataDir);
				System.out.printf("The platform at region scale was ready in %,d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
				List<String> gatling = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
						"--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dbench.url=http://localhost:" + port, "-Dbench.seconds=" + seconds, "-cp",
						System.getProperty("java.class.path"), "io.gatling.app.Gatling", "-s", SearchSimulation.class.getName(), "-rf",
						results.toString()));
				int exit = new ProcessBuilder(gatling).inheritIO().start().waitFor();
				if (exit != 0) {
					throw new IllegalStateException("Gatling ended with " + exit);
				}
			}
			finally {
				platform.destroy();
				if (!platform.waitFor(60, TimeUnit.SECONDS)) {
					platform.destroyForcibly();
				}
			}
			report.append("0".equals(cacheSize) ? "Without the result cache (yhdessa.search.cache-size=0): every search goes to PostgreSQL.\n\n"
					: "With the result cache (the default, 2 000 searches).\n\n");
			report.append(table(latestStats(results), seconds)).append('\n');
		}
		System.out.println(report);
		Files.createDirectories(target.resolve("bench"));
		Files.writeString(target.resolve("bench/search.md"), report.toString());
	}

	private static Process start(Path jar, Path dataDir, int port, String cacheSize) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
				"--spring.profiles.active=demo,bench", "--server.port=" + port, "--yhdessa.search.cache-size=" + cacheSize);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("platform.log").toFile());
		builder.environment().put("YHDESSA_DATA_DIR", dataDir.toString());
		builder.environment().put("YHDESSA_DB_PORT", String.valueOf(freePort()));
		builder.environment().put("YHDESSA_DEMO_SCALE", "region");
		return builder.start();
	}

	private static void awaitHealthy(Process platform, int port, Path dataDir) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
		while (System.nanoTime() < deadline) {
			if (!platform.isAlive()) {
				throw new IllegalStateException("The platform ended before it was ready; see " + dataDir.resolve("platform.log"));
			}
			try {
				HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Not ready within 20 minutes; see " + dataDir.resolve("platform.log"));
	}

	/** One request's figures from a Gatling report page ({@code req_*.html}): Gatling 3.15 keeps no other readable statistics. */
	record RequestStats(String name, long ok, long ko, int p50, int p95) {

		private static final Pattern TITLE = Pattern.compile("<title>Gatling Stats - (.+?)</title>");

		static RequestStats read(Path page) {
			try {
				String html = Files.readString(page);
				Matcher title = TITLE.matcher(html);
				if (!title.find()) {
					throw new IllegalStateException("No request name in " + page);
				}
				return new RequestStats(title.group(1), cell(html, "Total count", "ok"), cell(html, "Total count", "ko"),
						(int) cell(html, "50th percentile", "ok"), (int) cell(html, "95th percentile", "ok"));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private static long cell(String html, String row, String column) {
			Matcher cell = Pattern.compile("<td class=\"title\">" + Pattern.quote(row) + "</td>\\s*<td class=\"total\">[^<]*</td>\\s*"
					+ ("ok".equals(column) ? "" : "<td class=\"ok\">[^<]*</td>\\s*") + "<td class=\"" + column + "\">([0-9-]+)</td>").matcher(html);
			if (!cell.find()) {
				throw new IllegalStateException("No " + row + " in a Gatling report page");
			}
			return "-".equals(cell.group(1)) ? 0 : Long.parseLong(cell.group(1));
		}
	}

	/** The request pages of the newest run. */
	private static Map<String, RequestStats> latestStats(Path results) throws IOException {
		Path run;
		try (Stream<Path> runs = Files.list(results)) {
			run = runs.filter(Files::isDirectory)
				.max(Comparator.comparing(path -> path.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No Gatling results in " + results));
		}
		Map<String, RequestStats> stats = new LinkedHashMap<>();
		try (Stream<Path> pages = Files.list(run)) {
			pages.filter(page -> page.getFileName().toString().startsWith("req_"))
				.map(RequestStats::read)
				.forEach(request -> stats.put(request.name(), request));
		}
		return stats;
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

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
