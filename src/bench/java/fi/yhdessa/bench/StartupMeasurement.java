package fi.yhdessa.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code java -jar target/yhdessa.jar} with the demo profile on a fresh data directory,
 * then again and again on the now warm one, from Spring's ahead-of-time processed context too, then the
 * same jar extracted with a JDK 25 AOT cache, without and with Spring's processed context, and reports the time from process start to a healthy readiness probe and the memory of the JVM
 * (resident) and of its embedded PostgreSQL (proportional set size) after start.
 *
 * <p>Run with {@code ./mvnw -Pbench verify} (after {@code ./mvnw -DskipTests package}).
 */
public final class StartupMeasurement {

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/yhdessa.jar").toAbsolutePath();
		int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Path dataDir = Files.createTempDirectory("yhdessa-startup");

		Sample cold = startOnce(List.of("-jar", jar.toString()), dataDir);
		report("java -jar, cold (initdb, migrations, demo region)", cold);
		report("java -jar, warm database", warmRuns(List.of("-jar", jar.toString()), dataDir, warmRuns));

		report("java -Dspring.aot.enabled=true -jar (Spring AOT), warm database",
				warmRuns(List.of("-Dspring.aot.enabled=true", "-jar", jar.toString()), dataDir, warmRuns));

		// The same jar extracted, with a JDK 25 ahead-of-time cache trained by one start that exits after refresh,
		// without and with Spring's ahead-of-time processed context (ADR 0021).
		Path extracted = dataDir.resolve("app");
		run(List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()), dataDir);
		String app = extracted.resolve("yhdessa.jar").toString();
		report("extracted jar with -XX:AOTCache, warm database", warmRuns(List.of("-XX:AOTCache=" + trainedCache(dataDir, app, false), "-jar", app),
				dataDir, warmRuns));
		report("extracted jar with -XX:AOTCache and Spring AOT, warm database",
				warmRuns(List.of("-XX:AOTCache=" + trainedCache(dataDir, app, true), "-Dspring.aot.enabled=true", "-jar", app), dataDir, warmRuns));
	}

	private static Path trainedCache(Path dataDir, String app, boolean springAot) throws Exception {
		Path cache = dataDir.resolve(springAot ? "yhdessa-spring-aot.aot" : "yhdessa.aot");
		run(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.aot.enabled=" + springAot, "-Dspring.context.exit=onRefresh", "-jar", app,
				"--spring.profiles.active=demo", "--server.port=0"), dataDir);
		return cache;
	}

	private static List<Sample> warmRuns(List<String> command, Path dataDir, int runs) throws Exception {
		List<Sample> samples = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			samples.add(startOnce(command, dataDir));
		}
		return samples;
	}

	private static void report(String what, Sample sample) {
		System.out.printf("%s: %,d ms to healthy; JVM %,d MB resident, postgres %,d MB proportional%n", what, sample.millis,
				sample.jvmKb / 1024, sample.postgresKb / 1024);
	}

	private static void report(String what, List<Sample> samples) {
		List<Long> times = samples.stream().map(Sample::millis).sorted().toList();
		List<Long> jvm = samples.stream().map(Sample::jvmKb).sorted().toList();
		List<Long> postgres = samples.stream().map(Sample::postgresKb).sorted().toList();
		System.out.printf("%s, %d runs: median %,d ms to healthy (min %,d, max %,d); median JVM %,d MB resident, postgres %,d MB proportional%n",
				what, samples.size(), times.get(times.size() / 2), times.getFirst(), times.getLast(), jvm.get(jvm.size() / 2) / 1024,
				postgres.get(postgres.size() / 2) / 1024);
	}

	private static void run(List<String> javaArguments, Path dataDir) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(javaArguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dataDir.resolve("training.log").toFile());
		builder.environment().put("YHDESSA_DATA_DIR", dataDir.toString());
		builder.environment().put("YHDESSA_DB_PORT", String.valueOf(freePort()));
		int exit = builder.start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException(command + " ended with " + exit + "; see " + dataDir.resolve("training.log"));
		}
	}

	private static Sample startOnce(List<String> javaArguments, Path dataDir) throws Exception {
		int httpPort = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(javaArguments);
		command.addAll(List.of("--spring.profiles.active=demo", "--server.port=" + httpPort));
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("startup.log").toFile());
		builder.environment().put("YHDESSA_DATA_DIR", dataDir.toString());
		builder.environment().put("YHDESSA_DB_PORT", String.valueOf(freePort()));
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
			HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health/readiness")).build();
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The platform ended before it was healthy; see " + dataDir.resolve("startup.log"));
				}
				try {
					HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
						break;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(3)) {
					throw new IllegalStateException("Not healthy within 3 minutes");
				}
				Thread.sleep(25);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			return new Sample(millis, memoryKb(process.pid(), "Rss:"), postgresKb(dataDir));
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/**
	 * The embedded PostgreSQL runs detached from the JVM (pg_ctl starts it), so it is found through
	 * its pid file. Its processes share memory, so their proportional set sizes are added, not RSS.
	 */
	private static long postgresKb(Path dataDir) throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
		return ProcessHandle.of(postmaster)
			.map(p -> memoryKb(p.pid(), "Pss:") + p.descendants().mapToLong(child -> memoryKb(child.pid(), "Pss:")).sum())
			.orElse(0L);
	}

	/** A figure of /proc/PID/smaps_rollup (Linux), in kB. */
	private static long memoryKb(long pid, String field) {
		try {
			return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup")).stream()
				.filter(line -> line.startsWith(field))
				.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException gone) {
			return 0;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Sample(long millis, long jvmKb, long postgresKb) {
	}
}
