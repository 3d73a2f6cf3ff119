package fi.yhdessa.network;

import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Workplaces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Answers the platform's questions of where a professional works and where they can be placed. */
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

	@Override
	public List<Workplaces.Organisation> choices(Locale locale) {
		Map<String, String> municipalities = network.municipalities().stream()
			.collect(Collectors.toMap(Municipality::code, m -> "sv".equals(locale.getLanguage()) && m.nameSv() != null ? m.nameSv() : m.nameFi()));
		Map<UUID, List<Workplaces.Unit>> units = network.units().stream().filter(u -> !u.retired())
			.map(u -> Map.entry(u.organisationId().value(), new Workplaces.Unit(u.id().value(), u.name().in(locale), municipalities.get(u.municipalityCode()))))
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Comparator<Workplaces.Unit> byPlace = Comparator.comparing((Workplaces.Unit u) -> u.municipality() == null ? "" : u.municipality())
			.thenComparing(Workplaces.Unit::name);
		List<Workplaces.Organisation> choices = new ArrayList<>();
		for (Network.OrganisationListing listing : allOrganisations()) {
			UUID id = listing.organisation().id().value();
			choices.add(new Workplaces.Organisation(id, listing.organisation().name().in(locale),
					units.getOrDefault(id, List.of()).stream().sorted(byPlace).toList()));
		}
		return choices;
	}

	private List<Network.OrganisationListing> allOrganisations() {
		List<Network.OrganisationListing> all = new ArrayList<>();
		PageOf<Network.OrganisationListing> page = network.organisations(List.of(), new PageRequest(1, 200));
		all.addAll(page.items());
		while (page.hasNext()) {
			page = network.organisations(List.of(), new PageRequest(page.page() + 1, 200));
			all.addAll(page.items());
		}
		return all;
	}
}
