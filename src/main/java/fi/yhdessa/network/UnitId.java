package fi.yhdessa.network;

import java.util.UUID;

public record UnitId(UUID value) {
}
