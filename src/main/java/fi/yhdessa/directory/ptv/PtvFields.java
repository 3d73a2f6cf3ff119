package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reading one field of a PTV document: absent and null are the same, a value of the wrong type is {@link PtvRefused}. */
final class PtvFields {

	private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

	private PtvFields() {
	}

	/** The items of a list field; none when it is absent or null. */
	static List<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new PtvRefused("ptv.error.format", field);
		}
		List<JsonNode> items = new ArrayList<>();
		value.forEach(items::add);
		return items;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString() && !value.isNumber()) {
			throw new PtvRefused("ptv.error.format", field);
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	static boolean flag(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			throw new PtvRefused("ptv.error.format", field);
		}
		return value.asBoolean();
	}

	static int integer(JsonNode node, String field, int absent) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return absent;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw new PtvRefused("ptv.error.format", field);
		}
		return value.asInt();
	}

	/** A required GUID. */
	static UUID id(JsonNode node, String field) {
		UUID id = optionalId(node, field);
		if (id == null) {
			throw new PtvRefused("ptv.error.noId", field);
		}
		return id;
	}

	static UUID optionalId(JsonNode node, String field) {
		String text = text(node, field);
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new PtvRefused("ptv.error.badId", field, text.length() > 60 ? text.substring(0, 60) : text);
		}
	}

	/**
	 * A localised list ({@code [{language, value, type}]}) as text in Finnish, Swedish and English; with a type, only
	 * items of that type. Null when it has none of the three.
	 */
	static LocalizedText localized(JsonNode node, String field, String type) {
		String[] texts = new String[3];
		for (JsonNode item : array(node, field)) {
			PtvFormat.object(item, field + "[]");
			if (type != null && !type.equals(text(item, "type"))) {
				continue;
			}
			String code = text(item, "language");
			int language = code == null ? -1 : LANGUAGES.indexOf(code);
			String value = text(item, "value");
			if (language >= 0 && value != null) {
				texts[language] = texts[language] == null ? value : texts[language] + "\n\n" + value;
			}
		}
		return LocalizedText.ofNullable(texts[0], texts[1], texts[2]);
	}

	/** The Finnish text of a localised list of strings, else the first. */
	static String finnishOrFirst(JsonNode node, String field) {
		String first = null;
		for (JsonNode item : array(node, field)) {
			PtvFormat.object(item, field + "[]");
			String value = text(item, "value");
			if ("fi".equals(text(item, "language")) && value != null) {
				return value;
			}
			first = first == null ? value : first;
		}
		return first;
	}

	/** The web page listed first (by its order number, else in the order given). */
	static String firstUrl(JsonNode node, String field) {
		return urls(node, field).stream().findFirst().orElse(null);
	}

	static List<String> urls(JsonNode node, String field) {
		List<JsonNode> pages = new ArrayList<>(array(node, field));
		pages.forEach(page -> PtvFormat.object(page, field + "[]"));
		pages.sort(java.util.Comparator.comparingInt(page -> integer(page, "orderNumber", Integer.MAX_VALUE)));
		return pages.stream().map(page -> text(page, "url")).filter(url -> url != null && url.matches("(?i)https?://\\S+")).distinct().toList();
	}
}
