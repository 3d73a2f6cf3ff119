package fi.yhdessa.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The national indicators at the region scale: after a warm-up at the same load of
 * {@code -Dbench.warmup.seconds} (150 by default: the compiler settles the page's code only after
 * some fifty thousand requests, as {@code ab} against one view shows), {@value #USERS} analysts open the
 * polarisation view of a random indicator for the whole county or one area, without pause, for
 * {@code -Dbench.seconds}; then one analyst alone takes the welfare report {@value #REPORTS} times
 * as PDF and as CSV. {@code -Dbench.url}; {@code -Dbench.indicators} and {@code -Dbench.areas}:
 * comma-separated.
 */
public class IndicatorSimulation extends Simulation {

	static final int USERS = 32;
	static final int REPORTS = 5;
	static final String VIEW = "polarisation view";
	static final String PDF = "welfare report, PDF";
	static final String CSV = "welfare report, CSV";

	private final String url = System.getProperty("bench.url", "http://localhost:8080");
	private final Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
	private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 150));
	private final List<String> indicators = Arrays.asList(System.getProperty("bench.indicators", "7001").split(","));
	private final List<String> areas = Arrays.asList(System.getProperty("bench.areas", "").split(",", -1));

	private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptHeader("text/html").disableCaching();

	{
		setUp(analysts("warm-up " + VIEW, warmUp).injectOpen(atOnceUsers(USERS))
			.andThen(analysts(VIEW, phase).injectOpen(atOnceUsers(USERS)))
			.andThen(reports().injectOpen(atOnceUsers(1)))).protocols(protocol);
	}

	private ScenarioBuilder analysts(String name, Duration during) {
		return scenario(name).exec(exec(http("sign-in page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("sign in").post("/login").formParam("username", "analyst").formParam("password", "demo").formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("input[name='password']").notExists())))
			.during(during)
			.on(exec(this::pick).exec(http(name).get("/insight/indicators?indicator=#{indicator}&area=#{area}").check(status().is(200), substring("id=\"trend\""))));
	}

	private Session pick(Session session) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return session.set("indicator", indicators.get(random.nextInt(indicators.size()))).set("area", areas.get(random.nextInt(areas.size())));
	}

	private static ScenarioBuilder reports() {
		ChainBuilder pdf = exec(http(PDF).get("/api/v1/insight/welfare-report").header("Accept", "application/pdf").basicAuth("analyst", "demo")
			.requestTimeout(Duration.ofMinutes(2)).check(status().is(200), substring("%PDF")));
		ChainBuilder csv = exec(http(CSV).get("/api/v1/insight/welfare-report").header("Accept", "text/csv").basicAuth("analyst", "demo")
			.requestTimeout(Duration.ofMinutes(2)).check(status().is(200), substring("table;title")));
		return scenario("one analyst, the welfare report").repeat(REPORTS).on(pdf.exec(csv));
	}
}
