package fi.yhdessa.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search at 1, 8 and 32 concurrent users (closed model: each user asks again as soon as it has
 * its answer), one after another, each level first with the real search — the results that the
 * search box asks for as one types ({@code HX-Request}) — and then with the naive {@code ILIKE}
 * baseline over the same data. The queries are those of the relevance set, in Finnish, Swedish
 * and English, after a warm-up of the search ({@code -Dbench.warmup.seconds}, 60 at 8 users by default) and of
 * the baseline. {@code -Dbench.url}, {@code -Dbench.seconds} per phase.
 */
public class SearchSimulation extends Simulation {

	static final List<Integer> USERS = List.of(1, 8, 32);

	private final String url = System.getProperty("bench.url", "http://localhost:8080");
	private final Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
	/** The compiler settles the search's code only after some thousands of searches; 60 s at 8 users by default. */
	private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 60));
	private final List<String> queries = queries();

	private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptHeader("text/html,application/json").shareConnections();

	{
		List<PopulationBuilder> phases = new ArrayList<>();
		phases.add(scenario("warm-up").feed(feeder())
			.exec(http("warm-up search").get("/search").queryParam("q", "#{q}").header("HX-Request", "true"))
			.injectClosed(constantConcurrentUsers(8).during(warmUp)));
		phases.add(scenario("warm-up naive").feed(feeder())
			.exec(http("warm-up naive").get("/bench/naive-search").queryParam("q", "#{q}"))
			.injectClosed(constantConcurrentUsers(4).during(Duration.ofSeconds(10))));
		for (int users : USERS) {
			phases.add(search(users).injectClosed(constantConcurrentUsers(users).during(phase)));
			phases.add(naive(users).injectClosed(constantConcurrentUsers(users).during(phase)));
		}
		// One phase after another: each builder runs its children when it is done.
		PopulationBuilder chain = phases.getLast();
		for (int i = phases.size() - 2; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	private ScenarioBuilder search(int users) {
		return scenario("search " + users).feed(feeder())
			.exec(http("search, " + users + " users").get("/search").queryParam("q", "#{q}").header("HX-Request", "true").check(status().is(200)));
	}

	private ScenarioBuilder naive(int users) {
		return scenario("naive " + users).feed(feeder())
			.exec(http("naive ILIKE, " + users + " users").get("/bench/naive-search").queryParam("q", "#{q}").check(status().is(200)));
	}

	private Iterator<Map<String, Object>> feeder() {
		AtomicInteger next = new AtomicInteger();
		return Stream.generate(() -> Map.<String, Object>of("q", queries.get(Math.floorMod(next.getAndIncrement(), queries.size())))).iterator();
	}

	static List<String> queries() {
		try (InputStream in = SearchSimulation.class.getClassLoader().getResourceAsStream("directory/relevance.json")) {
			JsonNode set = JsonMapper.builder().build().readTree(in);
			JsonNode items = set.isArray() ? set : set.path("queries");
			return items.valueStream().map(query -> query.path("query").asString()).filter(query -> !query.isBlank()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
