package fi.yhdessa.population;

import java.util.UUID;

public record ResidentId(UUID value) {
}
