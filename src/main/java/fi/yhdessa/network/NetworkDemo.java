package fi.yhdessa.network;

import fi.yhdessa.network.demo.DemoNetworkWriter;
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

	@Transactional
	public void generate(NetworkDemoInput input) {
		writer.write(input);
	}
}
