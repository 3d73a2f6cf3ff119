package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.platform.EmbeddedDatabase;
import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two platform nodes on one PostgreSQL behind a real load balancer (HAProxy from Debian, started here,
 * round robin without stickiness), the second started from the build's ahead-of-time processed context
 * (ADR 0021): a worker signs in on one node and works on the other, because the
 * session lives in PostgreSQL; four workers then write and read through the balancer while one node is
 * killed under them ({@code kill -9}, its requests in flight). Every request a user makes may be sent
 * once more after a failure, as a browser does; none may fail twice (a write cut off with the node
 * left no claim on its key behind), every acknowledged write is there exactly once and the access
 * log verifies.
 */
class TwoNodesTests {

	private static final int USERS = 4;
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern CASE = Pattern.compile("/casework/cases/([0-9a-f-]{36})");
	private static final String WORKER = "Veera Vastuutyöntekijä";

	/** Kept when the test fails, with the nodes' and the balancer's logs in it. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	@Test
	void usersWorkOnThroughTheBalancerWhileOneOfTwoNodesIsKilled() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("postgres"), PlatformProcess.freePort(), false)) {
			database.ensureDatabase("yhdessa");
			int a = PlatformProcess.freePort();
			int b = PlatformProcess.freePort();
			Process first = node(database, "a", a, Map.of());
			// The second from the build's ahead-of-time processed context, as production may start it (ADR 0021).
			Process second = node(database, "b", b, Map.of("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=true"));
			int balancer = PlatformProcess.freePort();
			Process haproxy = Balancer.start(dir, balancer, a, b);
			assertThat(Files.readString(dir.resolve("node-b.log"))).contains("Starting AOT-processed", "Database: external PostgreSQL");
			try {
				// Signed in on one node, working on the other.
				User acrossNodes = User.signIn(a);
				assertThat(acrossNodes.page(b, "/casework")).as("node b knows the session made on node a").contains(WORKER);

				List<User> users = new ArrayList<>();
				for (int i = 0; i < USERS; i++) {
					users.add(User.signIn(balancer));
				}
				String caseId = users.getFirst().caseId(balancer);
				Load load = new Load(balancer, caseId);
				load.run(users);
				Thread.sleep(3000);
				second.destroyForcibly(); // SIGKILL, with requests in flight
				assertThat(second.waitFor()).as("node b killed; its log is in %s", dir).isEqualTo(137);
				Thread.sleep(3000);
				load.stop();

				assertThat(load.failedTwice).as("requests that failed even when sent again").isEmpty();
				assertThat(load.acknowledged).hasSizeGreaterThan(USERS);
				JournalWrites.checkExactlyOnce(database.jdbcUrl("yhdessa"), "kaksi solmua ", load.acknowledged, load.sent);
				assertThat(acrossNodes.page(balancer, "/casework")).as("the session outlives the node that made it").contains(WORKER);
				assertThat(acrossNodes.page(balancer, "/api/v1/access-log/verification")).doesNotContain("\"intact\":false");
				System.out.printf("Two nodes: %d writes acknowledged, %d pages read, %d requests sent again after a failure, none failed twice%n",
						load.acknowledged.size(), load.reads.get(), load.retried.get());
			}
			finally {
				haproxy.destroy();
				first.destroy();
				second.destroy();
				first.waitFor();
				second.waitFor();
			}
		}
	}

	private Process node(EmbeddedDatabase database, String name, int port, Map<String, String> environment) throws Exception {
		String url = database.jdbcUrl("yhdessa");
		return PlatformProcess.start(dir.resolve("node-" + name + ".log"), port, List.of("--yhdessa.data-dir=" + dir.resolve("data-" + name),
				"--yhdessa.db.url=" + url, "--spring.datasource.url=" + url, "--spring.datasource.username=yhdessa_app",
				"--yhdessa.db.owner=postgres", "--yhdessa.insight.pseudonym-key=two-nodes-pseudonym-key-0123456789abcdef",
				"--yhdessa.access-log.checkpoint-key=two-nodes-checkpoint-key-0123456789abcdef", "--yhdessa.jobs.poll=PT1S"), environment);
	}

	/** The users' work: each writes a journal entry and reads the worklist, again and again, through the balancer. */
	private static final class Load {

		final Set<String> sent = ConcurrentHashMap.newKeySet();
		final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		final Set<String> failedTwice = ConcurrentHashMap.newKeySet();
		final AtomicInteger retried = new AtomicInteger();
		final AtomicInteger reads = new AtomicInteger();
		private final AtomicBoolean stopping = new AtomicBoolean();
		private final List<Thread> threads = new ArrayList<>();
		private final int port;
		private final String caseId;

		Load(int port, String caseId) {
			this.port = port;
			this.caseId = caseId;
		}

		void run(List<User> users) {
			AtomicInteger written = new AtomicInteger();
			for (User user : users) {
				threads.add(Thread.ofVirtual().start(() -> {
					while (!stopping.get()) {
						String marker = "kaksi solmua " + written.incrementAndGet();
						sent.add(marker);
						String key = UUID.randomUUID().toString();
						if (twice("write " + marker, () -> user.write(port, caseId, marker, key) == 201)) {
							acknowledged.add(marker);
						}
						if (twice("read " + marker, () -> user.page(port, "/casework").contains(WORKER))) {
							reads.incrementAndGet();
						}
					}
				}));
			}
		}

		void stop() throws InterruptedException {
			stopping.set(true);
			for (Thread thread : threads) {
				thread.join();
			}
		}

		/** Once, and once more if that failed, as a user sends a form again. */
		private boolean twice(String what, Attempt attempt) {
			for (int time = 1; time <= 2; time++) {
				try {
					if (attempt.succeeded()) {
						return true;
					}
				}
				catch (IOException | InterruptedException failed) {
					// counted below
				}
				if (time == 1) {
					retried.incrementAndGet();
				}
			}
			failedTwice.add(what);
			return false;
		}
	}

	private interface Attempt {
		boolean succeeded() throws IOException, InterruptedException;
	}

	/** A browser: its own cookies, the session among them. */
	private record User(HttpClient http, String token) {

		static User signIn(int port) throws Exception {
			User user = new User(HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(2)).build(), null);
			String token = token(user.page(port, "/login"));
			HttpResponse<String> signedIn = user.http.send(HttpRequest.newBuilder(uri(port, "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=worker&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
			// The session's CSRF token, as the pages' scripts take it once from the page.
			return new User(user.http, token(user.page(port, "/casework")));
		}

		String page(int port, String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()).body();
		}

		String caseId(int port) throws IOException, InterruptedException {
			Matcher matcher = CASE.matcher(page(port, "/casework"));
			assertThat(matcher.find()).as("the demo worker has a case").isTrue();
			return matcher.group(1);
		}

		/** A journal entry through the API with the session's cookie and its CSRF token, as the pages' scripts send one. */
		int write(int port, String caseId, String body, String key) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(uri(port, "/api/v1/cases/" + caseId + "/journal"))
				.timeout(Duration.ofSeconds(20))
				.header("Content-Type", "application/json")
				.header("X-CSRF-TOKEN", token)
				.header("Idempotency-Key", key)
				.POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"" + body + "\"}"))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		private static String token(String page) {
			Matcher matcher = CSRF.matcher(page);
			assertThat(matcher.find()).as("a form with a CSRF token on %s", page.lines().limit(5).toList()).isTrue();
			return matcher.group(1);
		}

		private static URI uri(int port, String path) {
			return URI.create("http://localhost:" + port + path);
		}
	}

	/** HAProxy from Debian with a configuration of the test's own. */
	private static final class Balancer {

		static Process start(Path dir, int port, int a, int b) throws Exception {
			Path haproxy = Path.of("/usr/sbin/haproxy");
			assertThat(haproxy).as("HAProxy from Debian (apt-get install haproxy; .ci/run installs it)").isExecutable();
			Path config = Files.writeString(dir.resolve("haproxy.cfg"), """
					defaults
					  mode http
					  timeout connect 1s
					  timeout client 30s
					  timeout server 30s
					  retries 3
					  option redispatch 1
					  retry-on conn-failure empty-response response-timeout
					frontend platform
					  bind 127.0.0.1:%d
					  default_backend nodes
					backend nodes
					  balance roundrobin
					  option httpchk GET /actuator/health/readiness
					  http-check expect status 200
					  default-server inter 300ms fall 1 rise 2
					  server a 127.0.0.1:%d check
					  server b 127.0.0.1:%d check
					""".formatted(port, a, b));
			Process process = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("haproxy.log").toFile())
				.start();
			HttpClient http = HttpClient.newHttpClient();
			for (int i = 0; i < 100; i++) {
				try {
					if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return process;
					}
				}
				catch (IOException notYet) {
					// starting
				}
				Thread.sleep(100);
			}
			throw new AssertionError("HAProxy did not start: " + Files.readString(dir.resolve("haproxy.log")));
		}
	}
}
