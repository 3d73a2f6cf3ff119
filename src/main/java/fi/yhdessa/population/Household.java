package fi.yhdessa.population;

/** Where a group of residents lives. */
public record Household(HouseholdId id, String municipalityCode, String streetAddress, String postcode) {
}
