package fi.yhdessa.network;

import fi.yhdessa.network.demo.DemoNetworkWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's network: a family centre in every municipality, the people of the network, the
 * steering group, four area groups, the contact-person network and the youth wellbeing group with two
 * years of meetings, agreements in every state, three partnerships and six workshops with proposals
 * in every state. Loaded once with the rest of the demo region.
 */
@Service
public class NetworkDemo {

	private final DemoNetworkWriter writer;

	NetworkDemo(DemoNetworkWriter writer) {
		this.writer = writer;
	}

	/** A municipality of the demo with its own organisations and the first of its places and services. */
	public record Local(String code, String nameFi, String genitiveFi, String nameSv, UUID municipalityOrganisation, UUID parish, UUID ngo,
			List<UUID> places, List<UUID> services) {
	}

	/** A demo account that is also a person of the network. */
	public record Account(UUID id, String displayName, UUID organisationId) {
	}

	/**
	 * What the demo network is made of: the municipalities, the region-wide organisations, and the demo
	 * accounts by username (coordinator, analyst, worker, worker2, ngo, editor are used).
	 */
	public record Input(LocalDate today, long seed, List<Local> municipalities, UUID county, UUID kela, UUID familyAssociation, UUID youthHouse,
			Map<String, Account> accounts) {
	}

	@Transactional
	public void generate(Input input) {
		writer.write(input);
	}
}
