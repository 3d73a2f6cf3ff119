package fi.yhdessa.platform;

import java.time.LocalDate;
import java.util.UUID;

/** A role an account holds in an organisation or one of its units, from a day, until a day or for now. */
public record Membership(UUID id, Role role, UUID organisationId, UUID unitId, LocalDate startsOn, LocalDate endsOn) {

	public boolean inForceOn(LocalDate day) {
		return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
	}

	public boolean endedBefore(LocalDate day) {
		return endsOn != null && endsOn.isBefore(day);
	}
}
