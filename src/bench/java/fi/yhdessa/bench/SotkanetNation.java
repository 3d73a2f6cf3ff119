package fi.yhdessa.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for Sotkanet's REST API 1.1 serving the whole country in its real format: 308
 * municipalities (the demo county's own eleven among them), 23 wellbeing services counties and the
 * country, ten indicators with values for twenty years by gender — 199 200 data rows — so that an
 * import moves as much as a real one of ten indicators does.
 */
final class SotkanetNation implements AutoCloseable {

	static final int FIRST_INDICATOR = 7001;
	static final int INDICATORS = 10;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;
	private final List<Map<String, Object>> regions = new ArrayList<>();
	private final long seed;

	/** Values from {@code seed}: a run with a new seed changes every value an earlier run imported. */
	SotkanetNation(List<String> countyMunicipalities, String countyCode, long seed) throws IOException {
		this.seed = seed;
		regions.add(region(658, "SSS", "MAA", "Koko maa"));
		for (int i = 0; i < 23; i++) {
			regions.add(region(20_400 + i, i == 0 ? countyCode : String.valueOf(60 + i), "HYVINVOINTIALUE", "Hyvinvointialue " + i));
		}
		List<String> codes = new ArrayList<>(countyMunicipalities);
		for (int code = 1; codes.size() < 308; code++) {
			String text = "%03d".formatted(code);
			if (!codes.contains(text)) {
				codes.add(text);
			}
		}
		for (int i = 0; i < codes.size(); i++) {
			regions.add(region(20_001 + i, codes.get(i), "KUNTA", "Kunta " + codes.get(i)));
		}
		server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext("/rest/1.1/regions", exchange -> send(exchange, JSON.writeValueAsBytes(regions)));
		server.createContext("/rest/1.1/indicators/", exchange -> {
			int id = Integer.parseInt(exchange.getRequestURI().getPath().substring("/rest/1.1/indicators/".length()));
			send(exchange, JSON.writeValueAsBytes(indicator(id)));
		});
		server.createContext("/rest/1.1/json", exchange -> {
			String query = exchange.getRequestURI().getQuery();
			int id = Integer.parseInt(query.replaceAll(".*indicator=(\\d+).*", "$1"));
			List<Integer> years = new ArrayList<>();
			for (String part : query.split("&")) {
				if (part.startsWith("years=")) {
					years.add(Integer.valueOf(part.substring(6)));
				}
			}
			send(exchange, JSON.writeValueAsBytes(data(id, years)));
		});
		server.start();
	}

	String url() {
		return "http://localhost:" + server.getAddress().getPort() + "/rest";
	}

	static List<Integer> ids() {
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < INDICATORS; i++) {
			ids.add(FIRST_INDICATOR + i);
		}
		return ids;
	}

	private static Map<String, Object> indicator(int id) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", id);
		d.put("data-updated", "2026-03-15");
		d.put("title", Map.of("fi", "Vertailuindikaattori " + id + ", %", "sv", "Jämförelseindikator " + id + ", %", "en", "Benchmark indicator " + id + ", %"));
		d.put("primaryValueType", Map.of("code", "PERCENTAGE", "title", Map.of("fi", "Prosentti")));
		d.put("decimals", 1);
		d.put("organization", Map.of("id", 1, "title", Map.of("fi", "Terveyden ja hyvinvoinnin laitos (THL)")));
		return d;
	}

	private List<Map<String, Object>> data(int indicator, List<Integer> years) {
		Random random = new Random(seed + indicator);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int year : years) {
			for (Map<String, Object> region : regions) {
				double value = 2 + random.nextDouble() * 18;
				long people = 20 + random.nextInt(5_000);
				for (String gender : List.of("total", "male", "female")) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("indicator", indicator);
					row.put("region", region.get("id"));
					row.put("year", year);
					row.put("gender", gender);
					row.put("value", Math.round(value * (gender.equals("female") ? 1.1 : gender.equals("male") ? 0.9 : 1) * 10) / 10.0);
					row.put("absValue", gender.equals("total") ? people : people / 2);
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private static Map<String, Object> region(int id, String code, String category, String title) {
		return Map.of("id", id, "code", code, "category", category, "title", Map.of("fi", title), "uri", "http://example.invalid/" + code);
	}

	private static void send(HttpExchange exchange, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
