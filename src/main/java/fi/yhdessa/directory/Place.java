package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.UUID;

/** A location where services are given (HSDS location). */
public record Place(UUID id, UUID organisationId, LocalizedText name, String streetAddress, String postcode, String municipalityCode,
		Double latitude, Double longitude, LocalizedText accessibility) {
}
