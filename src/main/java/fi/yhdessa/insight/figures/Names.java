package fi.yhdessa.insight.figures;

import fi.yhdessa.network.Network;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The names the figures are labelled with, from the network, kept for a minute so a request asks for none. */
@Component
public class Names {

	private static final Duration KEPT_FOR = Duration.ofMinutes(1);

	private final Network network;
	private final MessageSource messages;
	private volatile Map<String, Map<String, Map<?, String>>> byLanguage = Map.of();
	private volatile long loadedAt;

	Names(Network network, MessageSource messages) {
		this.network = network;
		this.messages = messages;
	}

	@SuppressWarnings("unchecked")
	public Labels labels(Locale locale) {
		String language = switch (locale.getLanguage()) {
			case "sv", "en" -> locale.getLanguage();
			default -> "fi";
		};
		if (System.nanoTime() - loadedAt > KEPT_FOR.toNanos() || byLanguage.isEmpty()) {
			reload();
		}
		Map<String, Map<?, String>> names = byLanguage.get(language);
		return new Labels(messages, Locale.of(language), (Map<String, String>) names.get("municipalities"), (Map<String, String>) names.get("areas"),
				(Map<UUID, String>) names.get("units"));
	}

	private synchronized void reload() {
		Map<String, Map<String, Map<?, String>>> fresh = new LinkedHashMap<>();
		var municipalities = network.municipalities();
		var areas = network.areas();
		var units = network.units();
		for (String language : new String[] { "fi", "sv", "en" }) {
			Locale locale = Locale.of(language);
			Map<String, String> m = new LinkedHashMap<>();
			municipalities.forEach(municipality -> m.put(municipality.code(), municipality.name(locale)));
			Map<String, String> a = new LinkedHashMap<>();
			areas.forEach(area -> a.put(area.code(), area.name().in(locale)));
			Map<UUID, String> u = new LinkedHashMap<>();
			units.forEach(unit -> u.put(unit.id().value(), unit.name().in(locale)));
			fresh.put(language, Map.of("municipalities", m, "areas", a, "units", u));
		}
		byLanguage = fresh;
		loadedAt = System.nanoTime();
	}
}
