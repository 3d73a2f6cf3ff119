package fi.yhdessa.insight.figures;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;

/** The texts of a table in the reader's language: message keys, and the names of municipalities, areas and units. */
public final class Labels {

	private final MessageSource messages;
	private final Locale locale;
	private final Map<String, String> municipalities;
	private final Map<String, String> areas;
	private final Map<UUID, String> units;

	Labels(MessageSource messages, Locale locale, Map<String, String> municipalities, Map<String, String> areas, Map<UUID, String> units) {
		this.messages = messages;
		this.locale = locale;
		this.municipalities = municipalities;
		this.areas = areas;
		this.units = units;
	}

	public Locale locale() {
		return locale;
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	public String month(YearMonth month) {
		return month.getMonthValue() + "/" + month.getYear();
	}

	public String municipality(String code) {
		return code == null ? text("insight.unknown") : municipalities.getOrDefault(code, code);
	}

	public String area(String code) {
		return code == null ? text("insight.unknown") : areas.getOrDefault(code, code);
	}

	public String unit(UUID id) {
		return id == null ? text("insight.unknown") : units.getOrDefault(id, text("insight.unknown"));
	}

	/** A kind of service (a unit's) or of client work (a case's). */
	public String serviceKind(String kind) {
		return kind == null ? text("insight.unknown") : text("insight.kind." + kind);
	}

	public String municipalityName(String code) {
		return municipalities.get(code);
	}

	public Map<String, String> municipalities() {
		return municipalities;
	}

	public Map<String, String> areas() {
		return areas;
	}

	public Map<UUID, String> units() {
		return units;
	}
}
