package fi.yhdessa.insight.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Sotkanet's REST API's JSON (version 1.1): an indicator's metadata, the regions, and the data
 * rows {@code {indicator, region, year, gender, value, absValue}}. Everything is checked before
 * anything is used: a document that is not JSON, is cut short, has a field of the wrong type or is
 * larger than {@link #MAX_BYTES} is refused whole, with the reason.
 */
final class SotkanetFormat {

	static final int MAX_BYTES = 64 * 1024 * 1024;

	private static final Set<String> GENDERS = Set.of("male", "female", "total");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SotkanetFormat() {
	}

	/** An indicator's metadata as Sotkanet describes it. */
	record Indicator(int id, String titleFi, String titleSv, String titleEn, String descriptionFi, String descriptionSv, String descriptionEn,
			String valueType, String valueTypeTitle, Integer decimals, String producer, LocalDate dataUpdated, Integer rangeStart, Integer rangeEnd) {
	}

	record Region(int id, String code, String category, String titleFi, String titleSv, String titleEn) {
	}

	record Row(int indicator, int region, int year, String gender, BigDecimal value, BigDecimal absValue) {
	}

	static Indicator indicator(byte[] document) {
		JsonNode node = parse(document);
		if (!node.isObject()) {
			throw new ImportRefused("indicators.error.shape", "indicator");
		}
		JsonNode title = node.path("title");
		JsonNode description = node.path("description");
		JsonNode type = node.path("primaryValueType");
		JsonNode range = node.path("range");
		String updated = text(node, "data-updated", false);
		LocalDate dataUpdated;
		try {
			dataUpdated = updated == null ? null : LocalDate.parse(updated.length() > 10 ? updated.substring(0, 10) : updated);
		}
		catch (DateTimeParseException e) {
			throw new ImportRefused("indicators.error.field", "data-updated", updated);
		}
		String titleFi = text(title, "fi", false);
		if (titleFi == null) {
			throw new ImportRefused("indicators.error.field", "title.fi", "");
		}
		return new Indicator(integer(node, "id", true), titleFi, text(title, "sv", false), text(title, "en", false), text(description, "fi", false),
				text(description, "sv", false), text(description, "en", false), text(type, "code", false), text(type.path("title"), "fi", false),
				integer(node, "decimals", false), text(node.path("organization").path("title"), "fi", false), dataUpdated, integer(range, "start", false),
				integer(range, "end", false));
	}

	/** What a downloaded document of Sotkanet holds. */
	enum Kind {
		REGIONS, INDICATOR, DATA
	}

	/** Tells a document of regions, of an indicator's metadata and of data rows apart by its shape. */
	static Kind kindOf(byte[] document) {
		JsonNode node = parse(document);
		if (node.isObject() && node.has("id") && node.has("title")) {
			return Kind.INDICATOR;
		}
		if (node.isArray() && !node.isEmpty() && node.get(0).has("category")) {
			return Kind.REGIONS;
		}
		if (node.isArray()) {
			return Kind.DATA;
		}
		throw new ImportRefused("indicators.error.shape", "data");
	}

	static List<Region> regions(byte[] document) {
		JsonNode node = parse(document);
		if (!node.isArray()) {
			throw new ImportRefused("indicators.error.shape", "regions");
		}
		List<Region> regions = new ArrayList<>();
		for (JsonNode r : node) {
			JsonNode title = r.path("title");
			String titleFi = text(title, "fi", false);
			regions.add(new Region(integer(r, "id", true), text(r, "code", true), text(r, "category", true), titleFi == null ? text(r, "code", true) : titleFi,
					text(title, "sv", false), text(title, "en", false)));
		}
		return regions;
	}

	static List<Row> rows(byte[] document) {
		JsonNode node = parse(document);
		if (!node.isArray()) {
			throw new ImportRefused("indicators.error.shape", "data");
		}
		List<Row> rows = new ArrayList<>(node.size());
		for (JsonNode r : node) {
			String gender = text(r, "gender", true);
			if (!GENDERS.contains(gender)) {
				throw new ImportRefused("indicators.error.field", "gender", gender);
			}
			int year = integer(r, "year", true);
			if (year < 1900 || year > 2100) {
				throw new ImportRefused("indicators.error.field", "year", year);
			}
			rows.add(new Row(integer(r, "indicator", true), integer(r, "region", true), year, gender, decimal(r, "value"), decimal(r, "absValue")));
		}
		return rows;
	}

	private static JsonNode parse(byte[] document) {
		if (document == null || document.length == 0) {
			throw new ImportRefused("indicators.error.empty");
		}
		if (document.length > MAX_BYTES) {
			throw new ImportRefused("indicators.error.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		try {
			return JSON.readTree(document);
		}
		catch (JacksonException e) {
			throw new ImportRefused("indicators.error.malformed", e.getOriginalMessage());
		}
	}

	private static String text(JsonNode node, String field, boolean required) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			if (required) {
				throw new ImportRefused("indicators.error.field", field, "");
			}
			return null;
		}
		if (!value.isString() && !value.isNumber()) {
			throw new ImportRefused("indicators.error.field", field, value.toString());
		}
		return value.asString();
	}

	private static Integer integer(JsonNode node, String field, boolean required) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			if (required) {
				throw new ImportRefused("indicators.error.field", field, "");
			}
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new ImportRefused("indicators.error.field", field, value.toString());
		}
		return value.asInt();
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isNumber()) {
			throw new ImportRefused("indicators.error.field", field, value.toString());
		}
		return value.decimalValue();
	}
}
