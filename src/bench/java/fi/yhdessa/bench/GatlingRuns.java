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
 * What the Gatling benchmarks share: the platform started in its own process at the {@code region}
 * scale (the data directory {@code target/bench-region} is kept, so only the first run loads it),
 * Gatling run in a JVM of its own, and the figures read back from Gatling's report.
 */
final class GatlingRuns {

	/** The backfill of the region's records into insight would run in the background during a measurement. */
	static final String NO_BACKFILL = "--yhdessa.facts.backfill=false";
	/** Insight's synthetic history, written once when the insight benchmark first starts the region, not during another measurement. */
	static final String NO_INSIGHT_HISTORY = "--yhdessa.demo.insight-history=false";

	private GatlingRuns() {
	}

	/** Starts the platform with the given command, at the region scale, on a free port; its output goes to {@code platform.log} in the data directory. */
	static Process start(List<String> command, Path dataDir) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("platform.log").toFile());
		builder.environment().put("YHDESSA_DATA_DIR", dataDir.toString());
		builder.environment().put("YHDESSA_DB_PORT", String.valueOf(freePort()));
		builder.environment().put("YHDESSA_DEMO_SCALE", "region");
		return builder.start();
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	static void awaitHealthy(Process platform, int port, Path dataDir) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
		long started = System.nanoTime();
		long deadline = started + TimeUnit.MINUTES.toNanos(20);
		while (System.nanoTime() < deadline) {
			if (!platform.isAlive()) {
				throw new IllegalStateException("The platform ended before it was ready; see " + dataDir.resolve("platform.log"));
			}
			try {
				HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					System.out.printf("The platform at region scale was ready in %,d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
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

	static void stop(Process platform) throws InterruptedException {
		platform.destroy();
		if (!platform.waitFor(60, TimeUnit.SECONDS)) {
			platform.destroyForcibly();
		}
	}

	/** Runs one simulation in its own JVM, with the given system properties, and returns its request figures. */
	static Map<String, RequestStats> gatling(Class<?> simulation, Path results, Map<String, String> properties) throws Exception {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "--add-opens=java.base/java.lang=ALL-UNNAMED"));
		properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling", "-s", simulation.getName(), "-rf", results.toString()));
		int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException("Gatling ended with " + exit);
		}
		return latestStats(results);
	}

	/** One request's figures from a Gatling report page ({@code req_*.html}): Gatling 3.15 keeps no other readable statistics. */
	record RequestStats(String name, long ok, long ko, int p50, int p95, int mean) {

		private static final Pattern TITLE = Pattern.compile("<title>Gatling Stats - (.+?)</title>");

		static RequestStats read(Path page) {
			try {
				String html = Files.readString(page);
				Matcher title = TITLE.matcher(html);
				if (!title.find()) {
					throw new IllegalStateException("No request name in " + page);
				}
				return new RequestStats(title.group(1), cell(html, "Total count", "ok"), cell(html, "Total count", "ko"),
						(int) cell(html, "50th percentile", "ok"), (int) cell(html, "95th percentile", "ok"), (int) cell(html, "Mean", "ok"));
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

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
