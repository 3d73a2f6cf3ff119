package fi.yhdessa.network;

import fi.yhdessa.platform.Workplaces;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Answers the platform's question of where a professional works. */
@Component
class NetworkWorkplaces implements Workplaces {

	private final Network network;

	NetworkWorkplaces(Network network) {
		this.network = network;
	}

	@Override
	public Optional<String> describe(UUID organisationId, UUID unitId, Locale locale) {
		Optional<String> organisation = Optional.ofNullable(organisationId)
			.flatMap(id -> network.organisation(new OrganisationId(id)))
			.map(o -> o.name().in(locale));
		Optional<String> unit = Optional.ofNullable(unitId).flatMap(id -> network.unit(new UnitId(id))).map(u -> u.name().in(locale));
		String text = Stream.of(organisation, unit).flatMap(Optional::stream).collect(Collectors.joining(" · "));
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}
}
