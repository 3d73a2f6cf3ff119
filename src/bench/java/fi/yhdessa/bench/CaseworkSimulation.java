package fi.yhdessa.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import fi.yhdessa.consent.UnloggedReads;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Casework at {@value #USERS} concurrent users, each signed in once as a demo worker and then
 * working without pause for the phase: the worklist, one of the worker's cases as a page, and the
 * same case read twice through the API, once with the access log and once without it, in random
 * order (the unlogged read carries {@value UnloggedReads#HEADER}, honoured only by
 * {@link CaseworkBenchPlatform}). A warm-up at 8 users comes first, under other request names.
 * {@code -Dbench.url}, {@code -Dbench.seconds}, {@code -Dbench.cases}: a file of lines
 * {@code username case-id case-id …}.
 */
public class CaseworkSimulation extends Simulation {

	static final int USERS = 32;
	static final String WORKLIST = "worklist";
	static final String CASE_PAGE = "case page";
	static final String CASE_PAGE_UNLOGGED = "case page, without the access log";
	static final String CASE_READ = "case read (API)";
	static final String CASE_READ_UNLOGGED = "case read (API), without the access log";

	private final String url = System.getProperty("bench.url", "http://localhost:8080");
	private final Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
	private final WorkerCases workers = WorkerCases.read(Path.of(System.getProperty("bench.cases", "target/bench/casework-cases.txt")));

	private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptHeader("text/html,application/json").disableCaching();

	{
		setUp(work("warm-up ", 8, Duration.ofSeconds(20)).injectOpen(atOnceUsers(8))
			.andThen(work("", USERS, phase).injectOpen(atOnceUsers(USERS)))).protocols(protocol);
	}

	private ScenarioBuilder work(String prefix, int users, Duration during) {
		ChainBuilder signIn = exec(http(prefix + "sign-in page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http(prefix + "sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "demo")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("input[name='password']").notExists()));
		ChainBuilder logged = exec(http(prefix + CASE_READ).get("/api/v1/cases/#{case}").check(status().is(200), jsonPath("$.clientCase.reference").exists()));
		ChainBuilder unlogged = exec(http(prefix + CASE_READ_UNLOGGED).get("/api/v1/cases/#{case}")
			.header(UnloggedReads.HEADER, "true")
			.check(status().is(200), jsonPath("$.clientCase.reference").exists()));
		ChainBuilder pages = exec(http(prefix + CASE_PAGE).get("/casework/cases/#{case}").check(status().is(200), substring("journal-entry")));
		ChainBuilder pagesUnlogged = exec(http(prefix + CASE_PAGE_UNLOGGED).get("/casework/cases/#{case}")
			.header(UnloggedReads.HEADER, "true")
			.check(status().is(200), substring("journal-entry")));
		return scenario(prefix + users + " workers").feed(workers.circular())
			.exec(signIn)
			.during(during)
			.on(exec(session -> session.set("case", WorkerCases.pick(session.getString("cases"))))
				.exec(http(prefix + WORKLIST).get("/casework").check(status().is(200), substring("/casework/cases/")))
				.exec(uniformRandomSwitch().on(pages.exec(pagesUnlogged), pagesUnlogged.exec(pages)))
				.exec(uniformRandomSwitch().on(logged.exec(unlogged), unlogged.exec(logged))));
	}
}
