package fi.yhdessa.casework;

import fi.yhdessa.casework.demo.CaseworkDemoData;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Casework's facade for other modules: the synthetic client work of the demo region. */
@Service
public class Casework {

	private final CaseworkDemoData demoData;

	Casework(CaseworkDemoData demoData) {
		this.demoData = demoData;
	}

	/** A member of a demo family as the population register has them. */
	public record DemoMember(UUID residentId, String firstNames, String lastName, String personalIdentityCode, LocalDate birthDate, boolean child,
			boolean guardian) {
	}

	/** A family of the demo region: the people of one household with at least one child. */
	public record DemoFamily(String municipality, List<DemoMember> members) {
	}

	/** A demo worker: an account that holds cases, with its unit and organisation. */
	public record DemoWorker(UUID accountId, String username, String displayName, UUID organisationId, UUID unitId) {
	}

	/**
	 * How much to generate.
	 *
	 * @param cases cases in all, most of them closed history; the two workers get full worklists
	 * @param journalEntries journal entries in all, spread over the cases
	 * @param families the families to open cases for, the demo residents' own families first
	 * @param worker the responsible worker of the first demo family (northern area)
	 * @param worker2 the responsible worker of the second (southern area), who shares a family with the first through a hand-off
	 * @param teamWorkers county professionals who join teams on a legal basis
	 * @param partner an NGO worker who joins teams with the family's consent
	 */
	public record DemoVolume(int cases, int journalEntries, long seed, List<DemoFamily> families, DemoWorker worker, DemoWorker worker2,
			List<DemoWorker> teamWorkers, DemoWorker partner) {
	}

	@Transactional
	public void generateDemo(DemoVolume volume) {
		demoData.generate(volume);
	}
}
