package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;

/** A unit of an organisation: a clinic, a daycare centre, a team, a branch. */
public record Unit(UnitId id, OrganisationId organisationId, UnitKind kind, LocalizedText name, String municipalityCode,
		String phone, String email) {
}
