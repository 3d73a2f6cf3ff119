package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.UUID;

/** One service in a result list. */
public record ServiceHit(UUID id, ServiceKind kind, LocalizedText name, LocalizedText description, UUID organisationId, LocalizedText organisationName,
		boolean noReferral, boolean freeOfCharge, List<String> languages, List<String> municipalityCodes, Double distanceKm) {

	ServiceHit withOrganisationName(LocalizedText organisation) {
		return new ServiceHit(id, kind, name, description, organisationId, organisation, noReferral, freeOfCharge, languages, municipalityCodes,
				distanceKm);
	}
}
