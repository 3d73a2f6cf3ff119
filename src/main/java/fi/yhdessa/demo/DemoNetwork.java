package fi.yhdessa.demo;

import fi.yhdessa.directory.Place;
import fi.yhdessa.directory.ServiceDraft;
import fi.yhdessa.network.NetworkDemoInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the network's demo is made of, taken from the synthetic region: each municipality's organisations, first places and the services there. */
final class DemoNetwork {

	private static final int SITES = 3;
	private static final int SERVICES = 5;

	private DemoNetwork() {
	}

	static NetworkDemoInput input(SyntheticRegion region, LocalDate today) {
		List<NetworkDemoInput.Local> municipalities = MunicipalitySpec.COUNTY.stream().map(m -> {
			List<UUID> places = region.places().stream().filter(p -> p.municipalityCode().equals(m.code())).limit(SITES).map(Place::id).toList();
			List<UUID> services = region.services().stream()
				.filter(s -> s.hoursByPlace().keySet().stream().anyMatch(places::contains))
				.limit(SERVICES)
				.map(ServiceDraft::id)
				.toList();
			return new NetworkDemoInput.Local(m.code(), m.nameFi(), m.genitiveFi(), m.nameSv(), organisation("municipality-" + m.code()),
					existing(region, "parish-" + m.code()), existing(region, "mll-" + m.code()), places, services);
		}).toList();
		Map<String, NetworkDemoInput.Account> accounts = new LinkedHashMap<>();
		region.accounts().stream().map(SyntheticRegion.DemoAccount::account)
			.forEach(a -> accounts.put(a.username(), new NetworkDemoInput.Account(a.id(), a.displayName(), a.organisationId())));
		return new NetworkDemoInput(today, 20261205L, municipalities, organisation("county"), organisation("kela"), organisation("family-association"),
				organisation("youth-house"), accounts);
	}

	/** The organisation's id when the region has it (MLL has branches in only some municipalities), else null. */
	private static UUID existing(SyntheticRegion region, String key) {
		UUID id = organisation(key);
		return region.organisations().stream().anyMatch(o -> o.id().value().equals(id)) ? id : null;
	}

	private static UUID organisation(String key) {
		return DemoIds.of("organisation", key);
	}
}
