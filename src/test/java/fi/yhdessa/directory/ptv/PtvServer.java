package fi.yhdessa.directory.ptv;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * A real HTTP server in the tests that answers as PTV's open API v11 does, from files in its format made by the
 * team ({@code src/test/resources/ptv}): area lists page by page, lists by {@code guids} holding only the items
 * asked for. Its scenario says what PTV holds now: {@code first}, {@code changed} (one service renamed, one
 * archived), {@code slow} (as first, each answer after 0.4 s), {@code down} (answers 503), {@code truncated} (a list cut short) or {@code wrongType} (a page whose
 * items are not a list).
 */
public final class PtvServer {

	private static final Path FILES = Path.of("src/test/resources/ptv");
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpServer SERVER = start();
	/** Every path with its query asked, in order. */
	public static final List<String> ASKED = new CopyOnWriteArrayList<>();
	public static volatile String scenario = "first";

	private PtvServer() {
	}

	public static String url() {
		return "http://localhost:" + SERVER.getAddress().getPort() + "/api/v11/";
	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/api/v11/", PtvServer::answer);
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath().substring("/api/v11/".length());
		String query = exchange.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
		ASKED.add(path + "?" + query);
		if ("slow".equals(scenario)) {
			try {
				Thread.sleep(400);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if ("down".equals(scenario)) {
			send(exchange, 503, "Service Unavailable".getBytes(StandardCharsets.UTF_8));
			return;
		}
		send(exchange, 200, body(path, query));
	}

	private static byte[] body(String path, String query) throws IOException {
		boolean since = query.contains("date=");
		boolean changed = "changed".equals(scenario);
		String page = param(query, "page");
		return switch (path) {
			case "Service/area/Municipality/code/091" -> since ? file(changed ? "changed-since.json" : "empty-page.json")
					: "wrongType".equals(scenario) ? "{\"pageNumber\":1,\"pageCount\":1,\"itemList\":\"none\"}".getBytes(StandardCharsets.UTF_8)
					: file("area-091-page" + page + ".json");
			case "Service/area/Municipality/code/179" -> since ? file("empty-page.json") : file("area-179-page1.json");
			case "Service" -> file(changed && query.contains("status=Archived") ? "archived-since.json" : "empty-page.json");
			case "ServiceChannel/area/Municipality/code/091", "ServiceChannel/area/Municipality/code/179" -> file("empty-page.json");
			case "Service/list" -> listed(changed ? "services-changed.json" : "services.json", query);
			case "ServiceChannel/list" -> listed("channels.json", query);
			case "Organization/list" -> listed("organisations.json", query);
			default -> throw new IOException("not served: " + path);
		};
	}

	/** The items of a list file whose ids were asked for, as PTV answers {@code list?guids=}. */
	private static byte[] listed(String name, String query) throws IOException {
		Set<String> ids = Arrays.stream(param(query, "guids").split(",")).collect(Collectors.toSet());
		ArrayNode items = JSON.createArrayNode();
		for (JsonNode item : JSON.readTree(file(name))) {
			if (ids.contains(item.get("id").asString())) {
				items.add(item);
			}
		}
		byte[] body = items.toString().getBytes(StandardCharsets.UTF_8);
		return "truncated".equals(scenario) && name.startsWith("services") ? Arrays.copyOf(body, body.length / 2) : body;
	}

	private static String param(String query, String name) {
		return Arrays.stream(query.split("&")).filter(part -> part.startsWith(name + "=")).map(part -> part.substring(name.length() + 1)).findFirst().orElse("1");
	}

	private static byte[] file(String name) throws IOException {
		return Files.readAllBytes(FILES.resolve(name));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}
}
