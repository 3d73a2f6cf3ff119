package fi.yhdessa.directory.hsds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The HSDS tabular data package — a zip of CSV files, one per table — read into the nested
 * service objects of the JSON form ({@code /services/{id}}), so both forms import the same way.
 */
final class TabularPackage {

	private static final CsvMapper CSV = new CsvMapper();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	private static final long MAX_ENTRY = 200L * 1024 * 1024;

	private final Map<String, List<Map<String, String>>> tables;
	private final Map<String, Map<String, List<Map<String, String>>>> groups = new HashMap<>();

	private TabularPackage(Map<String, List<Map<String, String>>> tables) {
		this.tables = tables;
	}

	/**
	 * Reads the CSV files of a zip, in whatever folder of it.
	 *
	 * @throws IllegalArgumentException when it is not a zip or has no {@code services.csv}
	 */
	static TabularPackage read(byte[] zip) {
		Map<String, List<Map<String, String>>> tables = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				if (entry.isDirectory() || !name.endsWith(".csv")) {
					continue;
				}
				byte[] content = in.readNBytes((int) Math.min(MAX_ENTRY, Integer.MAX_VALUE - 8));
				tables.put(name, rows(content));
			}
		}
		catch (IOException e) {
			// read from memory, so every failure is in the bytes sent: a broken or cut zip (a cut one found by fuzzing)
			throw new IllegalArgumentException("not a readable zip", e);
		}
		if (!tables.containsKey("services.csv")) {
			throw new IllegalArgumentException("no services.csv");
		}
		return new TabularPackage(tables);
	}

	private static List<Map<String, String>> rows(byte[] content) {
		int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
		String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
		try (var iterator = CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(text)) {
			return iterator.readAll();
		}
	}

	/** The services with their organisation, phones, languages, costs, topics, places and schedules. */
	List<JsonNode> services() {
		Map<String, Map<String, String>> organisations = byId("organizations.csv");
		Map<String, Map<String, String>> locations = byId("locations.csv");
		Map<String, Map<String, String>> terms = byId("taxonomy_terms.csv");
		return table("services.csv").stream().map(row -> {
			String id = row.get("id");
			ObjectNode service = object(row);
			Map<String, String> organisation = organisations.get(row.get("organization_id"));
			if (organisation != null) {
				service.set("organization", object(organisation));
			}
			service.set("phones", array("phones.csv", "service_id", id, r -> true));
			if (!rows("languages.csv", "service_id", id).isEmpty()) {
				service.set("languages", array("languages.csv", "service_id", id, r -> true));
			}
			service.set("cost_options", array("cost_options.csv", "service_id", id, r -> true));
			ArrayNode attributes = service.putArray("attributes");
			rows("attributes.csv", "link_id", id).forEach(r -> {
				ObjectNode attribute = object(r);
				Map<String, String> term = terms.get(r.get("taxonomy_term_id"));
				if (term != null) {
					attribute.set("taxonomy_term", object(term));
				}
				attributes.add(attribute);
			});
			ArrayNode places = service.putArray("service_at_locations");
			rows("service_at_location.csv", "service_id", id).forEach(r -> {
				ObjectNode at = object(r);
				Map<String, String> location = locations.get(r.get("location_id"));
				if (location != null) {
					ObjectNode place = object(location);
					place.set("addresses", array("addresses.csv", "location_id", location.get("id"), a -> true));
					place.set("accessibility", array("accessibility.csv", "location_id", location.get("id"), a -> true));
					at.set("location", place);
				}
				at.set("schedules", array("schedules.csv", "service_at_location_id", r.get("id"), s -> true));
				places.add(at);
			});
			service.set("schedules", array("schedules.csv", "service_id", id, s -> blank(s.get("service_at_location_id"))));
			return (JsonNode) service;
		}).toList();
	}

	private List<Map<String, String>> table(String name) {
		return tables.getOrDefault(name, List.of());
	}

	private Map<String, Map<String, String>> byId(String name) {
		Map<String, Map<String, String>> rows = new HashMap<>();
		table(name).forEach(row -> rows.putIfAbsent(row.get("id"), row));
		return rows;
	}

	/** The rows of a table whose {@code column} is {@code value}, found through an index made once per table and column. */
	private List<Map<String, String>> rows(String name, String column, String value) {
		return groups.computeIfAbsent(name + "/" + column, key -> table(name).stream()
			.filter(row -> !blank(row.get(column)))
			.collect(Collectors.groupingBy(row -> row.get(column)))).getOrDefault(value, List.of());
	}

	private ArrayNode array(String name, String column, String value, Predicate<Map<String, String>> belongs) {
		ArrayNode array = NODES.arrayNode();
		rows(name, column, value).stream().filter(belongs).map(TabularPackage::object).forEach(array::add);
		return array;
	}

	/** A row as an object; empty cells are left out, as missing. */
	private static ObjectNode object(Map<String, String> row) {
		ObjectNode node = NODES.objectNode();
		row.forEach((column, value) -> {
			if (!blank(value)) {
				node.put(column, value);
			}
		});
		return node;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
