package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation the API documents in {@code /v3/api-docs} is sent generated bad input — unknown
 * and malformed ids, wrong and out-of-range parameters, malformed JSON, missing, extra, wrongly
 * typed, empty and huge fields — by an anonymous caller and by a signed-in person of every role (three at a time),
 * and never answers with a 5xx or a stack trace. A database of its own, since some bad input is
 * still good enough to be kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yhdessa.db.name=yhdessa_bad_input")
class BadApiInputIntegrationTests {

	static final List<String> PEOPLE = List.of("worker", "guide", "intake", "supervisor", "nurse", "editor", "analyst", "coordinator", "auditor", "admin",
			"parent");
	static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void noDocumentedOperationAnswersBadInputWithAServerError() throws Exception {
		HttpVisitor anonymous = new HttpVisitor(port);
		JsonNode docs = JSON.readTree(anonymous.get("/v3/api-docs", "application/json").body());
		List<BadRequest> requests = BadRequests.of(docs);
		assertThat(requests).as("bad requests generated from the API's description").hasSizeGreaterThan(200);

		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		List<Callable<Void>> callers = new ArrayList<>();
		callers.add(() -> {
			send(anonymous, "anonymous", null, requests, failures);
			return null;
		});
		for (String person : PEOPLE) {
			callers.add(() -> {
				HttpVisitor visitor = new HttpVisitor(port);
				assertThat(visitor.signIn(person, "demo")).doesNotContain("error");
				Matcher token = CSRF.matcher(visitor.get("/").body());
				assertThat(token.find()).as("a CSRF token for %s", person).isTrue();
				send(visitor, person, token.group(1), requests, failures);
				return null;
			});
		}
		// Three callers at a time keep both of the server's cores busy; each caller's requests go one after another.
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			for (Future<Void> caller : pool.invokeAll(callers)) {
				caller.get();
			}
		}
		assertThat(failures).as("requests answered with a server error or a stack trace").isEmpty();
	}

	private static void send(HttpVisitor visitor, String who, String csrf, List<BadRequest> requests, List<String> failures) {
		for (BadRequest bad : requests) {
			HttpRequest.Builder request = HttpRequest.newBuilder(visitor.uri(bad.path())).header("Accept", "application/json");
			if (csrf != null) {
				request.header("X-CSRF-TOKEN", csrf);
			}
			if (bad.body() == null) {
				request.method(bad.method(), HttpRequest.BodyPublishers.noBody());
			}
			else {
				request.header("Content-Type", bad.contentType()).method(bad.method(), HttpRequest.BodyPublishers.ofString(bad.body()));
			}
			HttpResponse<String> response = visitor.send(request.build());
			String body = response.body();
			if (response.statusCode() >= 500 || body.contains("Exception") || body.contains("\tat ")) {
				failures.add("%s %s %s%s → %d %s".formatted(who, bad.method(), bad.path(),
						bad.body() == null ? "" : " " + abbreviated(bad.body()), response.statusCode(), abbreviated(body)));
			}
		}
	}

	private static String abbreviated(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

	/** A request to send: method, path with its query, and a body with its type or none. */
	record BadRequest(String method, String path, String contentType, String body) {
	}

	/** The bad requests for each operation of an OpenAPI description. */
	static final class BadRequests {

		static final String HUGE = "x".repeat(200_000);
		static final List<String> BAD_IDS = List.of("00000000-0000-0000-0000-000000000000", "not-an-id", "-1", "9".repeat(40), "%25", "a".repeat(3_000));
		static final List<String> BAD_VALUES = List.of("", "x", "-1", "99999999999999999999", "2026-13-45", "a".repeat(5_000), "null");
		static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{}", "{\"unexpected\": 1}", "[{}]", "{\"a\":" .repeat(600));

		private BadRequests() {
		}

		static List<BadRequest> of(JsonNode docs) {
			List<BadRequest> requests = new ArrayList<>();
			for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
				for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
					String method = operation.getKey().toUpperCase();
					if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
						requests.addAll(of(method, path.getKey(), operation.getValue(), docs));
					}
				}
			}
			return requests;
		}

		private static List<BadRequest> of(String method, String template, JsonNode operation, JsonNode docs) {
			List<BadRequest> requests = new ArrayList<>();
			List<String> query = new ArrayList<>();
			for (JsonNode parameter : operation.path("parameters")) {
				if ("query".equals(parameter.path("in").asString())) {
					query.add(parameter.path("name").asString());
				}
			}
			for (String id : BAD_IDS) {
				requests.add(new BadRequest(method, filled(template, id), null, null));
			}
			String path = filled(template, "00000000-0000-0000-0000-000000000000");
			for (String name : query) {
				for (String value : BAD_VALUES) {
					requests.add(new BadRequest(method, path + "?" + encode(name) + "=" + encode(value), null, null));
				}
			}
			JsonNode body = operation.path("requestBody").path("content");
			if (!body.isMissingNode()) {
				String type = body.properties().iterator().hasNext() ? body.properties().iterator().next().getKey() : "application/json";
				String realPath = filled(template, "00000000-0000-0000-0000-000000000000");
				for (String bad : BAD_BODIES) {
					requests.add(new BadRequest(method, realPath, type.contains("json") ? "application/json" : type, bad));
				}
				requests.add(new BadRequest(method, realPath, "text/plain", "plain text"));
				for (String property : properties(body.path(type).path("schema"), docs)) {
					for (String value : List.of("123", "\"not-a-value\"", "[]", "{}", "null", "true", "\"" + HUGE + "\"", "\"\"", "-99999999999999999999")) {
						requests.add(new BadRequest(method, realPath, "application/json", "{\"" + property + "\": " + value + "}"));
					}
				}
			}
			return requests;
		}

		/** The properties of a request body's schema, following a reference to the components. */
		private static List<String> properties(JsonNode schema, JsonNode docs) {
			JsonNode resolved = schema;
			String reference = schema.path("$ref").asString("");
			if (reference.startsWith("#/components/schemas/")) {
				resolved = docs.path("components").path("schemas").path(reference.substring("#/components/schemas/".length()));
			}
			List<String> names = new ArrayList<>();
			resolved.path("properties").properties().forEach(property -> names.add(property.getKey()));
			return names;
		}

		private static String filled(String template, String value) {
			return template.replaceAll("\\{[^}]+}", Matcher.quoteReplacement(encode(value)));
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		}
	}
}
