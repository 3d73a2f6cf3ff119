package fi.yhdessa.casework;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a demo family as the population register has them. */
public record DemoMember(UUID residentId, String firstNames, String lastName, String personalIdentityCode, LocalDate birthDate, boolean child,
		boolean guardian) {
}
