package fi.yhdessa.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the demo network is made of: the municipalities, the region-wide organisations, and the demo
 * accounts by username (coordinator, analyst, worker, worker2, ngo, editor are used).
 */
public record NetworkDemoInput(LocalDate today, long seed, List<Local> municipalities, UUID county, UUID kela, UUID familyAssociation, UUID youthHouse,
		Map<String, Account> accounts) {

	/** A municipality of the demo with its own organisations and the first of its places and services. */
	public record Local(String code, String nameFi, String genitiveFi, String nameSv, UUID municipalityOrganisation, UUID parish, UUID ngo,
			List<UUID> places, List<UUID> services) {
	}

	/** A demo account that is also a person of the network. */
	public record Account(UUID id, String displayName, UUID organisationId) {
	}
}
