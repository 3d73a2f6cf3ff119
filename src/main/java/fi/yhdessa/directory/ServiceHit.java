package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * One service in a result list.
 *
 * @param helpsWith the needs of the search this service helps with, why it was found ("helps with: a baby's sleep")
 * @param elsewhere the same activity given in other places, nearest first when the family's place is known
 */
public record ServiceHit(UUID id, ServiceKind kind, LocalizedText name, LocalizedText description, UUID organisationId, LocalizedText organisationName,
		boolean noReferral, boolean freeOfCharge, List<String> languages, List<String> municipalityCodes, Double distanceKm, List<LocalizedText> helpsWith,
		List<Elsewhere> elsewhere) {

	/** The same activity as another service, in another place. */
	public record Elsewhere(UUID id, LocalizedText name, List<String> municipalityCodes, Double distanceKm) {
	}

	ServiceHit(UUID id, ServiceKind kind, LocalizedText name, LocalizedText description, UUID organisationId, LocalizedText organisationName,
			boolean noReferral, boolean freeOfCharge, List<String> languages, List<String> municipalityCodes, Double distanceKm) {
		this(id, kind, name, description, organisationId, organisationName, noReferral, freeOfCharge, languages, municipalityCodes, distanceKm, List.of(),
				List.of());
	}

	ServiceHit withOrganisationName(LocalizedText organisation) {
		return new ServiceHit(id, kind, name, description, organisationId, organisation, noReferral, freeOfCharge, languages, municipalityCodes,
				distanceKm, helpsWith, elsewhere);
	}

	ServiceHit helping(List<LocalizedText> needs) {
		return new ServiceHit(id, kind, name, description, organisationId, organisationName, noReferral, freeOfCharge, languages, municipalityCodes,
				distanceKm, List.copyOf(needs), elsewhere);
	}

	ServiceHit alsoGiven(List<Elsewhere> places) {
		return new ServiceHit(id, kind, name, description, organisationId, organisationName, noReferral, freeOfCharge, languages, municipalityCodes,
				distanceKm, helpsWith, List.copyOf(places));
	}
}
