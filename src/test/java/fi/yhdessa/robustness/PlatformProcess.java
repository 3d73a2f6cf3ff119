package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real platform in a JVM of its own, started from the test's class path as an operator starts it. */
final class PlatformProcess {

	private PlatformProcess() {
	}

	/** Starts the platform with these arguments, its output appended to the log, and waits until its readiness says so. */
	static Process start(Path log, int port, List<String> arguments) throws Exception {
		return start(log, port, arguments, Map.of());
	}

	/** The same, with these variables added to its environment. */
	static Process start(Path log, int port, List<String> arguments, Map<String, String> environment) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "fi.yhdessa.YhdessaApplication",
				"--server.port=" + port, "--spring.main.banner-mode=off", "--yhdessa.backup.enabled=false"));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		Process process = builder.start();
		awaitReady(process, port, log);
		return process;
	}

	static void awaitReady(Process process, int port, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(giveUp)) {
			assertThat(process.isAlive()).as("the platform runs; its log: %s", log).isTrue();
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("the platform did not become ready; its log: " + Files.readString(log).lines().limit(40).toList());
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
