package fi.yhdessa.demo;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.Unit;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.population.Guardianship;
import fi.yhdessa.population.Household;
import fi.yhdessa.population.Resident;
import java.util.List;

/** Everything the synthetic county consists of, ready to be registered with the modules that own it. */
public record SyntheticRegion(List<Municipality> municipalities, List<Organisation> organisations, List<Unit> units,
		List<Household> households, List<Resident> residents, List<Guardianship> guardianships, List<DemoAccount> accounts) {

	/** A demo account with the role description shown in the start-up log. */
	public record DemoAccount(NewAccount account, String description) {
	}
}
