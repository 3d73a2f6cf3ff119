package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form a person of each role reaches from their home page, following links a few pages
 * deep, is sent generated bad input — every field empty, each field huge, of the wrong kind or an
 * impossible date, an unknown field added — and never answers with a 5xx or a stack trace. A
 * database of its own: some bad input is still good enough to be kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "yhdessa.db.name=yhdessa_bad_forms")
class BadFormInputIntegrationTests {

	static final List<String> PEOPLE = List.of("worker", "guide", "intake", "supervisor", "nurse", "editor", "analyst", "coordinator", "auditor", "admin",
			"parent");
	static final int PAGES_PER_PERSON = 60;
	static final List<String> BAD_VALUES = List.of("x".repeat(100_000), "not-a-value", "2026-13-45", "-1");
	/** Forms that end the visit rather than take input. */
	static final List<String> LEAVING = List.of("/logout", "/password");

	@LocalServerPort
	int port;

	@Test
	void noFormAnswersBadInputWithAServerError() {
		List<String> failures = new ArrayList<>();
		Set<String> triedForms = new HashSet<>();
		int sent = 0;
		for (String person : PEOPLE) {
			HttpVisitor visitor = new HttpVisitor(port);
			assertThat(visitor.signIn(person, "demo")).doesNotContain("error");
			for (Form form : forms(visitor)) {
				if (triedForms.add(form.method() + " " + form.shape())) {
					for (Map<String, String> fields : form.badInputs()) {
						HttpResponse<String> response = form.send(visitor, fields);
						sent++;
						String body = response.body();
						if (response.statusCode() >= 500 || body.contains("Exception") || body.contains("\tat ")) {
							failures.add("%s %s %s %s → %d".formatted(person, form.method(), form.action(), abbreviated(fields.toString()), response.statusCode()));
						}
						if (response.headers().firstValue("Location").filter(location -> location.endsWith("/login")).isPresent()) {
							visitor.signIn(person, "demo");
						}
					}
				}
			}
		}
		assertThat(triedForms).as("forms found").hasSizeGreaterThan(60);
		assertThat(sent).as("bad forms sent").isGreaterThan(1500);
		assertThat(failures).as("forms answered with a server error or a stack trace").isEmpty();
	}

	/** The forms on the pages reachable from the home page, breadth first, each page once. */
	private List<Form> forms(HttpVisitor visitor) {
		List<Form> forms = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/home", "/my"));
		Set<String> seen = new HashSet<>(queue);
		Set<String> shapes = new HashSet<>();
		Map<String, Integer> pagesOfAKind = new HashMap<>();
		int visited = 0;
		while (!queue.isEmpty() && visited < PAGES_PER_PERSON) {
			String path = queue.poll();
			HttpResponse<String> page = visitor.get(path);
			visited++;
			if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document document = Jsoup.parse(page.body(), visitor.uri(path).toString());
			for (Element link : document.select("a[href]")) {
				String target = local(link.absUrl("href"), visitor);
				if (target != null && !target.contains("lang=") && !target.endsWith(".csv") && !target.endsWith(".pdf") && !target.endsWith(".ics")
						&& pagesOfAKind.merge(kind(target), 1, Integer::sum) <= 2 && seen.add(target)) {
					queue.add(target);
				}
			}
			for (Element element : document.select("form")) {
				String action = local(element.absUrl("action").isEmpty() ? visitor.uri(path).toString() : element.absUrl("action"), visitor);
				if (action != null && LEAVING.stream().noneMatch(action::startsWith)) {
					Form form = Form.of(element, action);
					if (shapes.add(form.method() + " " + form.shape())) {
						forms.add(form);
					}
				}
			}
		}
		return forms;
	}

	/** Pages of the same kind (another service, another case, another page of a list) are visited twice at most, so the visit goes wide. */
	private static String kind(String path) {
		return path.replaceAll("\\?.*", "").replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]+", "{id}");
	}

	/** The path and query of an address on the platform, or {@code null} for another site's. */
	private static String local(String address, HttpVisitor visitor) {
		if (!address.startsWith(visitor.uri("/").toString())) {
			return null;
		}
		URI uri = URI.create(address.replace(" ", "%20"));
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static String abbreviated(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	/** A form as the page has it: where it goes, how, and its fields with the values they start with. */
	record Form(String method, String action, Map<String, String> defaults) {

		static Form of(Element form, String action) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (Element field : form.select("input[name], select[name], textarea[name]")) {
				String type = field.attr("type");
				if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked") && fields.containsKey(field.attr("name"))) {
					continue;
				}
				String value = switch (field.tagName()) {
					case "select" -> field.select("option[selected]").isEmpty() ? field.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
							: field.select("option[selected]").first().attr("value");
					case "textarea" -> field.text();
					default -> field.attr("value");
				};
				fields.put(field.attr("name"), value);
			}
			return new Form(form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(), action, fields);
		}

		/** The action with its ids taken out and its field names: forms of the same kind on other records are tried once. */
		String shape() {
			return action.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}").replaceAll("\\?.*", "") + defaults.keySet();
		}

		List<Map<String, String>> badInputs() {
			List<Map<String, String>> inputs = new ArrayList<>();
			Map<String, String> empty = new LinkedHashMap<>();
			defaults.forEach((name, value) -> empty.put(name, name.equals("_csrf") ? value : ""));
			inputs.add(empty);
			for (String name : defaults.keySet()) {
				if (!name.equals("_csrf")) {
					for (String bad : BAD_VALUES) {
						Map<String, String> fields = new LinkedHashMap<>(defaults);
						fields.put(name, bad);
						inputs.add(fields);
					}
				}
			}
			Map<String, String> extra = new LinkedHashMap<>(defaults);
			extra.put("unexpected", "1");
			inputs.add(extra);
			return inputs;
		}

		HttpResponse<String> send(HttpVisitor visitor, Map<String, String> fields) {
			StringBuilder encoded = new StringBuilder();
			if (defaults.containsKey("_once") && defaults.get("_once").equals(fields.get("_once"))) {
				// Each try is a submission of its own: with the form's one key, every try after the first would get the first one's answer.
				fields = new LinkedHashMap<>(fields);
				fields.put("_once", java.util.UUID.randomUUID().toString());
			}
			fields.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&").append(encode(name)).append('=').append(encode(value)));
			if (method.equals("GET")) {
				String base = action.contains("?") ? action.substring(0, action.indexOf('?')) : action;
				return visitor.send(HttpRequest.newBuilder(visitor.uri(base + "?" + encoded)).header("Accept", "text/html").GET().build());
			}
			return visitor.send(HttpRequest.newBuilder(visitor.uri(action)).header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(encoded.toString()))
				.build());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
