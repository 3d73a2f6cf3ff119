package fi.yhdessa.network;

import java.util.UUID;

public record OrganisationId(UUID value) {
}
