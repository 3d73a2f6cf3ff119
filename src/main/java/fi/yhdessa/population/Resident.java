package fi.yhdessa.population;

import fi.yhdessa.platform.PersonalIdentityCode;
import java.time.LocalDate;

/** A resident of the region as the population register knows them. */
public record Resident(ResidentId id, PersonalIdentityCode personalIdentityCode, String firstNames, String lastName,
		LocalDate birthDate, String municipalityCode, HouseholdId householdId, String motherTongue) {

	public String fullName() {
		return firstNames + " " + lastName;
	}
}
