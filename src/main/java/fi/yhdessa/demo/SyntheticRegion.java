package fi.yhdessa.demo;

import fi.yhdessa.directory.Place;
import fi.yhdessa.directory.ServiceDraft;
import fi.yhdessa.directory.TopicTerm;
import fi.yhdessa.network.Area;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.Unit;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.population.Guardianship;
import fi.yhdessa.population.Household;
import fi.yhdessa.population.Resident;
import java.util.List;

/** Everything the synthetic county consists of, ready to be registered with the modules that own it. */
public record SyntheticRegion(List<Municipality> municipalities, List<Area> areas, List<Organisation> organisations, List<Unit> units,
		List<Household> households, List<Resident> residents, List<Guardianship> guardianships, List<DemoAccount> accounts,
		List<TopicTerm> topics, List<Place> places, List<ServiceDraft> services, List<Postcode> postcodes) {

	/** A postcode area and its centre. */
	public record Postcode(String postcode, String municipalityCode, double latitude, double longitude) {
	}

	/** A demo account with the role description shown in the start-up log. */
	public record DemoAccount(NewAccount account, String description) {
	}
}
