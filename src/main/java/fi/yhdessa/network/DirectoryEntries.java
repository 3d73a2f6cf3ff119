package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the network asks of the service directory, which depends on the network and so answers
 * through this interface: the names of services and places, the choices in a municipality, and the
 * services at each place. Without a directory (a module test of the network alone) nothing is named.
 */
public interface DirectoryEntries {

	/** Services and places of a municipality to choose from, by name. */
	List<Entry> services(String municipalityCode);

	List<Entry> places(String municipalityCode);

	/** The names of services, by id; an unknown id is left out. */
	Map<UUID, LocalizedText> serviceNames(Collection<UUID> ids);

	/** The places with their addresses and the services given at each, in the order asked. */
	List<Site> sites(List<UUID> placeIds);

	record Entry(UUID id, LocalizedText name) {
	}

	record Site(UUID placeId, LocalizedText name, String streetAddress, String postcode, LocalizedText accessibility, List<Entry> services) {
	}

	/** The directory of nothing: the network's own tests. */
	DirectoryEntries NONE = new DirectoryEntries() {
		@Override
		public List<Entry> services(String municipalityCode) {
			return List.of();
		}

		@Override
		public List<Entry> places(String municipalityCode) {
			return List.of();
		}

		@Override
		public Map<UUID, LocalizedText> serviceNames(Collection<UUID> ids) {
			return Map.of();
		}

		@Override
		public List<Site> sites(List<UUID> placeIds) {
			return List.of();
		}
	};
}
