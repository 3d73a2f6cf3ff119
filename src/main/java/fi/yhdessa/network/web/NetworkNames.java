package fi.yhdessa.network.web;

import fi.yhdessa.network.DirectoryEntries;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.people.People;
import fi.yhdessa.network.people.Person;
import fi.yhdessa.platform.PageRequest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The names pages show for ids: municipalities, organisations, people, and the directory's services and places. */
@Component
class NetworkNames {

	private final Network network;
	private final People people;
	private final ObjectProvider<DirectoryEntries> directory;

	NetworkNames(Network network, People people, ObjectProvider<DirectoryEntries> directory) {
		this.network = network;
		this.people = people;
		this.directory = directory;
	}

	DirectoryEntries directory() {
		return directory.getIfAvailable(() -> DirectoryEntries.NONE);
	}

	List<Municipality> municipalities() {
		return network.municipalities();
	}

	/** Municipality names in the reader's language, by code. */
	Map<String, String> municipalityNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		network.municipalities().forEach(m -> names.put(m.code(), m.name(locale)));
		return names;
	}

	/** The organisations of the region, the first two hundred by name: a county has a few dozen, and pickers list no more. */
	List<Organisation> organisations() {
		return network.organisations(EnumSet.allOf(OrganisationKind.class), new PageRequest(1, 200)).items().stream().map(Network.OrganisationListing::organisation)
			.toList();
	}

	/** The organisations that can be party to a municipality's agreement: the region's and the municipality's own. */
	List<Organisation> organisationsOf(String municipalityCode) {
		return organisations().stream().filter(o -> o.municipalityCode() == null || o.municipalityCode().equals(municipalityCode)).toList();
	}

	Map<UUID, String> organisationNames(Locale locale) {
		Map<UUID, String> names = new LinkedHashMap<>();
		organisations().forEach(o -> names.put(o.id().value(), o.name().in(locale)));
		return names;
	}

	List<Person> people() {
		return people.all();
	}

	Map<UUID, Person> peopleById() {
		Map<UUID, Person> byId = new LinkedHashMap<>();
		people.all().forEach(p -> byId.put(p.id(), p));
		return byId;
	}
}
