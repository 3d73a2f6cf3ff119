package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;

/** An organisation of the regional network. {@code municipalityCode} is where it is based, when it is local. */
public record Organisation(OrganisationId id, OrganisationKind kind, LocalizedText name, String businessId,
		String municipalityCode, String website) {
}
