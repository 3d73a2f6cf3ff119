package fi.yhdessa.population;

import java.util.UUID;

public record HouseholdId(UUID value) {
}
