package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;
import java.time.LocalDate;

/**
 * A unit of an organisation: a clinic, a daycare centre, a team, a branch. A unit that has closed
 * is retired on a day ({@code retiredOn}) and kept, so that the past still names it.
 */
public record Unit(UnitId id, OrganisationId organisationId, UnitKind kind, LocalizedText name, String municipalityCode,
		String phone, String email, LocalDate retiredOn) {

	/** A unit in service. */
	public Unit(UnitId id, OrganisationId organisationId, UnitKind kind, LocalizedText name, String municipalityCode, String phone, String email) {
		this(id, organisationId, kind, name, municipalityCode, phone, email, null);
	}

	public boolean retired() {
		return retiredOn != null;
	}
}
