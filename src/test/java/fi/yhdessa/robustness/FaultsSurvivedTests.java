package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real platform in a JVM of its own, on its own data directory and embedded PostgreSQL, while
 * four workers write journal entries through the API, each with an idempotency key: the JVM killed
 * with SIGKILL, PostgreSQL stopped at once under it (the platform starts it again by itself, and
 * meanwhile answers 503 with a localized message), PostgreSQL frozen for seconds, the data directory's
 * own file system filled to the last byte ({@link SmallDisk}, where the test runs as root) and the
 * wall clock moved forward or back ({@link MovedClock}, where libfaketime is installed). After each fault
 * the writes that were in flight are sent again with their keys, as a client does after a timeout;
 * then every write the platform acknowledged must be there exactly once, nothing may be there
 * twice, and the access log's chain must verify. {@code ./mvnw verify} tries each fault once;
 * {@code ./mvnw -Preliability verify} twenty times.
 */
class FaultsSurvivedTests {

	private static final int WRITERS = 4;
	private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([0-9a-f-]{36})\"");

	/** Kept when the test fails, with the platform's log in it. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path dataDir;

	private Optional<MovedClock> clock = Optional.empty();

	@Test
	void everyAcknowledgedWriteIsThereExactlyOnceWhateverFaultCameBetween() throws Exception {
		int each = Integer.getInteger("yhdessa.faults.kills", 2);
		Random random = new Random(Long.getLong("yhdessa.faults.seed", System.nanoTime()));
		Optional<SmallDisk> disk = SmallDisk.mount(dataDir.resolve("data"), "768m");
		clock = MovedClock.in(dataDir);
		String only = System.getProperty("yhdessa.faults.only", "");
		List<Fault> faults = Arrays.stream(Fault.values())
			.filter(fault -> only.isBlank() || Arrays.asList(only.split(",")).contains(fault.name()))
			.filter(fault -> (fault != Fault.DISK_FULL || disk.isPresent()) && (fault != Fault.CLOCK_MOVED || clock.isPresent()))
			.toList();
		try {
			survive(faults, each, random, disk);
		}
		finally {
			if (disk.isPresent()) {
				disk.get().close();
			}
		}
	}

	private void survive(List<Fault> faults, int each, Random random, Optional<SmallDisk> disk) throws Exception {
		int port = PlatformProcess.freePort();
		int databasePort = PlatformProcess.freePort();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Set<String> sent = ConcurrentHashMap.newKeySet();
		Process platform = start(port, databasePort);
		String caseId = caseOfTheWorker(http, port);
		AtomicInteger written = new AtomicInteger();
		Map<Fault, Integer> tried = new EnumMap<>(Fault.class);
		for (int run = 1; run <= each * faults.size(); run++) {
			Fault fault = faults.get((run - 1) % faults.size());
			long began = System.nanoTime();
			// Four workers write without pause; the fault comes under them at a random moment.
			Set<String> inFlight = ConcurrentHashMap.newKeySet();
			AtomicBoolean killed = new AtomicBoolean();
			int thisRun = run;
			List<Thread> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				writers.add(Thread.ofVirtual().start(() -> {
					while (!killed.get()) {
						String marker = "vikasietoisuus " + thisRun + "-" + written.incrementAndGet();
						sent.add(marker);
						try {
							if (write(http, port, caseId, marker)) {
								acknowledged.add(marker);
								continue;
							}
						}
						catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						inFlight.add(marker);
						return;
					}
				}));
			}
			Thread.sleep(500 + random.nextInt(3000));
			switch (fault) {
				case PLATFORM_KILLED -> {
					killed.set(true);
					platform.destroyForcibly().waitFor();
					joinAll(writers);
					platform = start(port, databasePort);
				}
				case DATABASE_STOPPED -> {
					signal("QUIT", postmaster(), false);
					HttpResponse<String> meanwhile;
					// The port held until the answer is seen, so that the platform cannot start its database again before.
					try (ServerSocket held = awaitGone(databasePort)) {
						// While it is gone: a clear, localized answer, never a stack trace.
						meanwhile = send(http, port, "/api/v1/worklist", "worker");
					}
					assertThat(meanwhile.statusCode()).as("while the database is gone: %s; the platform's log is in %s", meanwhile.body(), dataDir)
						.isEqualTo(503);
					assertThat(meanwhile.body()).contains("Palvelu on hetken poissa käytöstä").doesNotContain("Exception").doesNotContain("\tat ");
					killed.set(true);
					joinAll(writers);
					PlatformProcess.awaitReady(platform, port, dataDir.resolve("platform.log"));
				}
				case DISK_FULL -> {
					disk.orElseThrow().fill();
					Thread.sleep(1000 + random.nextInt(2000));
					// While it is full: done, or a clear, localized answer, never a stack trace.
					HttpResponse<String> meanwhile = send(http, port, "/api/v1/worklist", "worker");
					assertThat(meanwhile.statusCode()).as("while the disk is full: %s; the platform's log is in %s", meanwhile.body(), dataDir).isIn(200, 503);
					if (meanwhile.statusCode() == 503) {
						assertThat(meanwhile.body()).contains("Palvelu on hetken poissa käytöstä");
					}
					assertThat(meanwhile.body()).doesNotContain("Exception").doesNotContain("\tat ");
					disk.get().free();
					killed.set(true);
					joinAll(writers);
					PlatformProcess.awaitReady(platform, port, dataDir.resolve("platform.log"));
				}
				case CLOCK_MOVED -> {
					// Forward and back in turn, by half an hour to three hours from the real time.
					clock.orElseThrow().moveTo((run % 2 == 0 ? "-" : "+") + (30 + random.nextInt(151)) + "m");
					Thread.sleep(1500 + random.nextInt(2000));
					killed.set(true);
					joinAll(writers);
				}
				case DATABASE_SLOW -> {
					long postmaster = postmaster();
					signal("STOP", postmaster, true);
					Thread.sleep(1000 + random.nextInt(2000));
					signal("CONT", postmaster, true);
					killed.set(true);
					joinAll(writers);
				}
			}
			tried.merge(fault, 1, Integer::sum);
			// Sent again with their keys after the timeout, as a client does (a first attempt cut off mid-work left no claim on its key).
			List<Thread> retries = new ArrayList<>();
			for (String marker : inFlight) {
				retries.add(Thread.ofVirtual().start(() -> {
					try {
						if (write(http, port, caseId, marker)) {
							acknowledged.add(marker);
						}
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}));
			}
			joinAll(retries);
			JournalWrites.checkExactlyOnce("jdbc:postgresql://localhost:" + databasePort + "/yhdessa", "vikasietoisuus ", acknowledged, sent);
			assertThat(get(http, port, "/api/v1/access-log/verification", "auditor")).as("the access log after %s", fault).contains("\"intact\":true");
			System.out.printf("Fault %d, %s: survived in %d ms%n", run, fault, (System.nanoTime() - began) / 1_000_000);
		}
		platform.destroy();
		platform.waitFor();
		System.out.printf("Faults survived: %s, %d writes sent, %d acknowledged (%d not, even when sent again), each found exactly once; none twice%n",
				tried, sent.size(), acknowledged.size(), sent.size() - acknowledged.size());
	}

	private static boolean write(HttpClient http, int port, String caseId, String marker) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId + "/journal"))
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", basic("worker"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "fault-" + marker.replace(' ', '-'))
			.POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"" + marker + "\"}"))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201;
		}
		catch (IOException gone) {
			return false;
		}
	}

	private static String get(HttpClient http, int port, String path, String user) throws IOException, InterruptedException {
		return send(http, port, path, user).body();
	}

	private static String caseOfTheWorker(HttpClient http, int port) throws Exception {
		Matcher matcher = CASE_ID.matcher(get(http, port, "/api/v1/worklist", "worker"));
		assertThat(matcher.find()).as("the demo worker has a case").isTrue();
		return matcher.group(1);
	}

	/** What can happen under a running platform. */
	enum Fault {
		/** {@code kill -9} of the platform's JVM, then a start. */
		PLATFORM_KILLED,
		/** An immediate stop of PostgreSQL ({@code SIGQUIT}), which the platform starts again by itself. */
		DATABASE_STOPPED,
		/** PostgreSQL stopped in its tracks ({@code SIGSTOP}) for one to three seconds, then let go. */
		DATABASE_SLOW,
		/** The data directory's own small file system filled to the last byte for one to three seconds, then freed. */
		DISK_FULL,
		/** The wall clock of the platform and its PostgreSQL moved by half an hour to three hours, forward or back. */
		CLOCK_MOVED
	}

	private long postmaster() throws IOException {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("data/postgres/postmaster.pid")).getFirst().trim());
	}

	private static void signal(String signal, long pid, boolean withChildren) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(pid)));
		if (withChildren) {
			ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(child -> command.add(Long.toString(child.pid()))));
		}
		new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	/** Waits until PostgreSQL no longer listens, and takes its port at once. */
	private static ServerSocket awaitGone(int databasePort) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(giveUp)) {
			try {
				return new ServerSocket(databasePort, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException stillThere) {
				Thread.sleep(20);
			}
		}
		throw new AssertionError("PostgreSQL did not stop");
	}

	private static void joinAll(List<Thread> threads) throws InterruptedException {
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private static HttpResponse<String> send(HttpClient http, int port, String path, String user) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	/** The platform on its own embedded PostgreSQL and the demo region. */
	private Process start(int port, int databasePort) throws Exception {
		long began = System.nanoTime();
		Process started = PlatformProcess.start(dataDir.resolve("platform.log"), port, List.of("--yhdessa.data-dir=" + dataDir.resolve("data"),
				"--yhdessa.db.shared-per-jvm=false", "--yhdessa.db.fresh=false", "--yhdessa.db.port=" + databasePort,
				"--spring.datasource.hikari.connection-timeout=2000", "--yhdessa.db.watch-interval=PT3S"),
				clock.map(MovedClock::environment).orElse(Map.of()));
		System.out.printf("Platform ready in %d ms%n", (System.nanoTime() - began) / 1_000_000);
		return started;
	}
}
