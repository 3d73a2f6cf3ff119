package fi.yhdessa.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A county's day on the platform: each role signed in once and working with a pause of half a
 * second to a second and a half between pages, in the proportions of a weekday — anonymous
 * searchers, responsible workers (the worklist, a case's summary, its journal section, now and then
 * an entry written), the guide's queue, supervisors, nurses, parents and analysts. A warm-up of
 * {@code bench.warmup} seconds comes first under other request names, then {@code bench.seconds}
 * measured. {@code bench.users} sets the size of the day (about one request a second each).
 */
public class DaySimulation extends Simulation {

	/** The day's people, out of a hundred: who they are and how many of them work at once. */
	static final Map<String, Integer> MIX = Map.of("searcher", 40, "worker", 26, "guide", 8, "nurse", 8, "parent", 8, "supervisor", 5, "analyst", 5);

	static final String WORKLIST = "worklist";
	static final String CASE_SUMMARY = "case page (summary)";
	static final String CASE_JOURNAL = "case page, journal section";
	static final String JOURNAL_WRITTEN = "journal entry written";

	private final String url = System.getProperty("bench.url", "http://localhost:8080");
	private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
	private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 120));
	private final int users = Integer.getInteger("bench.users", 100);
	private final WorkerCases workers = WorkerCases.read(Path.of(System.getProperty("bench.cases", "target/bench/casework-cases.txt")));
	private final List<String> queries = SearchSimulation.queries();

	private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptHeader("text/html").disableCaching();

	{
		List<PopulationBuilder> roles = new ArrayList<>();
		MIX.forEach((role, share) -> {
			int count = Math.max(1, users * share / 100);
			roles.add(role("warm-up ", role, warmUp).injectClosed(constantConcurrentUsers(count).during(warmUp))
				.andThen(role("", role, measured).injectClosed(constantConcurrentUsers(count).during(measured))));
		});
		setUp(roles).protocols(protocol);
	}

	private ScenarioBuilder role(String prefix, String role, Duration during) {
		ChainBuilder work = switch (role) {
			case "searcher" -> exec(page(prefix, "search", "/search?q=#{q}"));
			case "worker" -> worker(prefix);
			case "guide" -> exec(page(prefix, "guidance queue", "/frontdoor/contacts"));
			case "nurse" -> exec(page(prefix, "concern form", "/frontdoor/concerns/new")).exec(pause()).exec(page(prefix, "invitations", "/frontdoor/invitations"));
			case "parent" -> exec(page(prefix, "family page", "/my")).exec(pause()).exec(page(prefix, "own contacts", "/my/contacts"));
			case "supervisor" -> exec(page(prefix, "team worklist", "/casework?team=true"));
			case "analyst" -> exec(page(prefix, "dashboard", "/insight")).exec(pause()).exec(page(prefix, "indicators", "/insight/indicators"));
			default -> throw new IllegalArgumentException(role);
		};
		ChainBuilder signedIn = switch (role) {
			case "searcher" -> exec(session -> session);
			case "worker" -> signIn(prefix, "#{username}");
			default -> signIn(prefix, role);
		};
		return scenario(prefix + role).feed(role.equals("worker") ? workers.circular() : queries())
			.exec(signedIn)
			.during(during)
			.on(exec(work).exec(pause()));
	}

	private ChainBuilder worker(String prefix) {
		ChainBuilder write = exec(http(prefix + JOURNAL_WRITTEN).post("/casework/cases/#{case}/journal")
			.formParam("_csrf", "#{csrf}")
			.formParam("body", "Puhelu perheen kanssa; sovittiin seuraava tapaaminen.")
			.disableFollowRedirect()
			.check(status().is(302)));
		return exec(session -> session.set("case", WorkerCases.pick(session.getString("cases"))))
			.exec(page(prefix, WORKLIST, "/casework"))
			.exec(pause())
			.exec(http(prefix + CASE_SUMMARY).get("/casework/cases/#{case}").check(status().is(200), substring("summary-heading")))
			.exec(pause())
			.exec(http(prefix + CASE_JOURNAL).get("/casework/cases/#{case}/sections/journal").header("HX-Request", "true")
				.check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(randomSwitch().on(new Choice.WithWeight(10, write)));
	}

	private static ChainBuilder page(String prefix, String name, String path) {
		return exec(http(prefix + name).get(path).check(status().is(200)));
	}

	private static ChainBuilder pause() {
		return CoreDsl.pause(Duration.ofMillis(500), Duration.ofMillis(1500));
	}

	private static ChainBuilder signIn(String prefix, String username) {
		return exec(http(prefix + "sign-in page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(prefix + "sign in").post("/login")
				.formParam("username", username)
				.formParam("password", "demo")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("input[name='password']").notExists()));
	}

	private Iterator<Map<String, Object>> queries() {
		AtomicInteger next = new AtomicInteger();
		return Stream.generate(() -> Map.<String, Object>of("q", queries.get(Math.floorMod(next.getAndIncrement(), queries.size())))).iterator();
	}
}
