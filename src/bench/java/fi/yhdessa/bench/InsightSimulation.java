package fi.yhdessa.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import fi.yhdessa.insight.store.RawFiguresOnMarkedRequests;
import fi.yhdessa.insight.web.ComputedOnMarkedRequests;
import fi.yhdessa.platform.UnpublishedFacts;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Insight at the region scale, in four phases after a warm-up:
 * <ol>
 * <li>{@value #USERS} analysts asking the dashboard's figures (service flow or costs, a random
 * period and municipality) as the platform serves them, without pause, for {@code -Dbench.seconds};</li>
 * <li>the same, with every answer computed afresh from the aggregates in memory
 * ({@value ComputedOnMarkedRequests#HEADER}) instead of given as kept;</li>
 * <li>one analyst asking the same figures twice in a row, computed from the aggregates and by a
 * GROUP BY over the facts ({@value RawFiguresOnMarkedRequests#HEADER}), in random order,
 * {@code -Dbench.raw} times: alone, so that neither way waits on the other;</li>
 * <li>{@value #WRITERS} residents leaving contacts and {@value #WRITERS} workers proposing hand-offs,
 * each write made once with its facts and once without ({@value UnpublishedFacts#HEADER}), in
 * random order, for {@code -Dbench.seconds}.</li>
 * </ol>
 * {@code -Dbench.url}; {@code -Dbench.municipalities}: codes, comma-separated;
 * {@code -Dbench.handoffs}: lines {@code username unit case-id case-id …}, the unit to hand off to.
 */
public class InsightSimulation extends Simulation {

	static final int USERS = 32;
	static final int WRITERS = 4;
	static final String FIGURES = "figures as served";
	static final String FIGURES_COMPUTED = "figures computed from the aggregates";
	static final String RATIO_AGGREGATES = "figures computed from the aggregates, alone";
	static final String RATIO_RAW = "figures by GROUP BY over the facts, alone";
	static final String CONTACT = "contact left";
	static final String CONTACT_UNPUBLISHED = "contact left, without its facts";
	static final String HANDOFF = "hand-off proposed";
	static final String HANDOFF_UNPUBLISHED = "hand-off proposed, without its facts";
	/** An answer with at least one table; looked for as text, so that the load generator sharing the two cores does not parse each answer. */
	private static final String TABLES = "\"tables\":[{\"id\":";

	private final String url = System.getProperty("bench.url", "http://localhost:8080");
	private final Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
	private final int rawRequests = Integer.getInteger("bench.raw", 20);
	private final List<String> municipalities = Arrays.asList(System.getProperty("bench.municipalities", "").split(","));
	private final WorkerCases workers = WorkerCases.read(Path.of(System.getProperty("bench.handoffs", "target/bench/insight-handoffs.txt")), "unit");

	private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptHeader("text/html,application/json").disableCaching();

	{
		PopulationBuilder warmUp = analysts("warm-up " + FIGURES, 8, Duration.ofSeconds(20), false).injectOpen(atOnceUsers(8));
		PopulationBuilder served = analysts(FIGURES, USERS, phase, false).injectOpen(atOnceUsers(USERS));
		PopulationBuilder computed = analysts(FIGURES_COMPUTED, USERS, phase, true).injectOpen(atOnceUsers(USERS));
		PopulationBuilder ratio = ratio(rawRequests).injectOpen(atOnceUsers(1));
		setUp(warmUp.andThen(served).andThen(computed).andThen(ratio).andThen(contacts().injectOpen(atOnceUsers(WRITERS)), handoffs().injectOpen(atOnceUsers(WRITERS))))
			.protocols(protocol);
	}

	private ChainBuilder signIn(String username) {
		return exec(http("sign-in page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login")
				.formParam("username", username)
				.formParam("password", "demo")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("input[name='password']").notExists()));
	}

	private ScenarioBuilder analysts(String name, int users, Duration during, boolean computed) {
		var figures = http(name).get("#{figures}").check(status().is(200), substring(TABLES));
		return scenario(users + " analysts, " + name).exec(signIn("analyst"))
			.during(during)
			.on(exec(this::pickFigures).exec(computed ? figures.header(ComputedOnMarkedRequests.HEADER, "true") : figures));
	}

	private ScenarioBuilder ratio(int times) {
		ChainBuilder aggregated = exec(http(RATIO_AGGREGATES).get("#{figures}")
			.header(ComputedOnMarkedRequests.HEADER, "true")
			.check(status().is(200), substring(TABLES)));
		ChainBuilder raw = exec(http(RATIO_RAW).get("#{figures}")
			.header(RawFiguresOnMarkedRequests.HEADER, "true")
			.requestTimeout(Duration.ofMinutes(5))
			.check(status().is(200), substring(TABLES)));
		return scenario("one analyst, both ways").exec(signIn("analyst"))
			.repeat(times)
			.on(exec(this::pickFigures).exec(uniformRandomSwitch().on(aggregated.exec(raw), raw.exec(aggregated))));
	}

	/** A section and a filter as an analyst asks them: a year, a quarter or the previous year; the region or one municipality. */
	private Session pickFigures(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		YearMonth now = YearMonth.now(ZoneId.of("Europe/Helsinki"));
		YearMonth[][] periods = { { now.minusMonths(11), now }, { now.minusMonths(2), now }, { now.minusMonths(23), now.minusMonths(12) } };
		YearMonth[] period = periods[random.nextInt(periods.length)];
		String section = random.nextBoolean() ? "service-flow" : "costs";
		String municipality = random.nextInt(3) == 0 ? "" : municipalities.get(random.nextInt(municipalities.size()));
		return session.set("figures", "/api/v1/insight/%s?from=%s&to=%s&municipality=%s".formatted(section, period[0], period[1], municipality));
	}

	private ScenarioBuilder contacts() {
		ChainBuilder form = exec(http("contact form").get("/contact").check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(session -> session.set("municipality", municipalities.get(ThreadLocalRandom.current().nextInt(municipalities.size()))));
		ChainBuilder published = form.exec(contact(CONTACT, false));
		ChainBuilder unpublished = form.exec(contact(CONTACT_UNPUBLISHED, true));
		return scenario(WRITERS + " residents").during(phase).on(uniformRandomSwitch().on(published.exec(unpublished), unpublished.exec(published)));
	}

	private static ChainBuilder contact(String name, boolean unpublished) {
		var request = http(name).post("/contact")
			.formParam("need", "Lapsi ei halua mennä kouluun ja illat ovat riitaisia. Mistä saisimme apua?")
			.formParam("topic", "SCHOOL_AND_DAYCARE")
			.formParam("childAge", "11")
			.formParam("municipality", "#{municipality}")
			.formParam("language", "fi")
			.formParam("answerBy", "MESSAGE")
			.formParam("_csrf", "#{csrf}")
			.disableFollowRedirect()
			.check(status().is(302));
		return exec(unpublished ? request.header(UnpublishedFacts.HEADER, "true") : request);
	}

	private ScenarioBuilder handoffs() {
		ChainBuilder page = exec(http("worklist").get("/casework").check(status().is(200), css("meta[name='csrf-token']", "content").saveAs("csrf")))
			.exec(session -> session.set("case", WorkerCases.pick(session.getString("cases"))));
		return scenario(WRITERS + " workers").feed(workers.circular())
			.exec(signIn("#{username}"))
			.during(phase)
			.on(page.exec(uniformRandomSwitch().on(handoff(HANDOFF, false).exec(handoff(HANDOFF_UNPUBLISHED, true)),
					handoff(HANDOFF_UNPUBLISHED, true).exec(handoff(HANDOFF, false)))));
	}

	private static ChainBuilder handoff(String name, boolean unpublished) {
		var request = http(name).post("/api/v1/handoffs")
			.header("X-CSRF-TOKEN", "#{csrf}")
			.header("Content-Type", "application/json")
			.body(StringBody("""
					{"caseId": "#{case}", "toUnit": "#{unit}", "transfer": false,
					 "context": "Perhe muuttaa alueelle; lämmin siirto, perhe tietää ja toivoo tapaamista pian.",
					 "legalBasis": "Sosiaalihuoltolaki 41 §, saman järjestäjän sisällä"}
					"""))
			.check(status().is(201));
		return exec(unpublished ? request.header(UnpublishedFacts.HEADER, "true") : request);
	}
}
