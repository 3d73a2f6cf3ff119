package fi.yhdessa.network;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A unit's name as people tell it from another of the same name: with the municipality it is in,
 * "Perhetyö · Kuopio". In a template, {@code ${@unitLabels.of(unit, #locale)}}. The municipalities
 * are read once every few minutes, not once per option.
 */
@Component("unitLabels")
public class UnitLabels {

	private static final Duration KEPT = Duration.ofMinutes(5);

	private record Known(Map<String, Municipality> municipalities, Instant at) {
	}

	private final Network network;
	private final InstantSource clock;
	private volatile Known known;

	UnitLabels(Network network, InstantSource clock) {
		this.network = network;
		this.clock = clock;
	}

	public String of(Unit unit, Locale locale) {
		String name = unit.name().in(locale);
		Municipality municipality = unit.municipalityCode() == null ? null : municipalities().get(unit.municipalityCode());
		return municipality == null ? name : name + " · " + municipality.name(locale);
	}

	private Map<String, Municipality> municipalities() {
		Known current = known;
		Instant now = clock.instant();
		if (current == null || current.at().plus(KEPT).isBefore(now)) {
			current = new Known(network.municipalities().stream().collect(Collectors.toMap(Municipality::code, m -> m)), now);
			known = current;
		}
		return current.municipalities();
	}
}
