package fi.yhdessa.frontdoor;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The front door's facade for other modules: the synthetic records of the demo region. */
@Service
public class FrontDoor {

	private final FrontDoorDemoData demoData;

	FrontDoor(FrontDoorDemoData demoData) {
		this.demoData = demoData;
	}

	/** A professional who writes demo concerns and notifications, with the unit and organisation they work in. */
	public record DemoAuthor(String username, String displayName, UUID organisationId, UUID unitId) {
	}

	/**
	 * How much to generate.
	 *
	 * @param contacts contacts over the past month (slots, bookings, concerns and notifications follow in proportion)
	 * @param residents residents with accounts whose own contacts and bookings are among them
	 * @param authors professionals in universal services who hold concern conversations
	 */
	public record DemoVolume(int contacts, long seed, List<UUID> residents, List<DemoAuthor> authors) {
	}

	/** Adds contacts, slots, bookings, concerns and notifications, some near and past their deadlines. */
	@Transactional
	public void generateDemo(DemoVolume volume) {
		demoData.generate(volume);
	}
}
