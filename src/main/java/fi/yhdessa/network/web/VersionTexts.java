package fi.yhdessa.network.web;

import fi.yhdessa.network.agreements.Agreements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An agreement's versions told in the reader's language: which fields changed and from what to what, or the move between states. */
@Component
class VersionTexts {

	private static final Set<String> FIELDS = Set.of("kind", "title", "municipality", "starts", "ends", "review", "parties", "commitments", "services",
			"contacts", "state");

	private final MessageSource messages;

	VersionTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The text of each version, by version number. */
	Map<Integer, String> of(List<Agreements.Version> versions, Map<String, String> municipalities, Locale locale) {
		Map<Integer, String> texts = new LinkedHashMap<>();
		versions.forEach(v -> texts.put(v.version(), text(v.change(), municipalities, locale)));
		return texts;
	}

	private String text(String change, Map<String, String> municipalities, Locale locale) {
		if ("created".equals(change)) {
			return message("agreement.change.created", locale);
		}
		if (change == null || change.isBlank()) {
			return message("agreement.change.none", locale);
		}
		List<String> parts = new ArrayList<>();
		for (String line : change.split("\n")) {
			String[] cells = line.split("\t", -1);
			String field = FIELDS.contains(cells[0]) ? cells[0] : null;
			if (field == null) {
				parts.add(line);
				continue;
			}
			String label = message("agreement.change." + field, locale);
			parts.add(cells.length < 3 ? label : label + ": " + value(field, cells[1], municipalities, locale) + " → " + value(field, cells[2], municipalities, locale));
		}
		return String.join("; ", parts);
	}

	private String value(String field, String value, Map<String, String> municipalities, Locale locale) {
		if (value.isEmpty()) {
			return "–";
		}
		return switch (field) {
			case "state" -> message("agreement.state." + value, locale);
			case "kind" -> message("agreement.kind." + value, locale);
			case "municipality" -> municipalities.getOrDefault(value, value);
			default -> value;
		};
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
