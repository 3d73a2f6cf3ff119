package fi.yhdessa.frontdoor.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A guidance worker routed a contact onwards: to a service of the directory, to an appointment of a
 * unit, or to a service-needs assessment (Social Welfare Act §36), which casework opens from it.
 *
 * @param to {@code SERVICE}, {@code BOOKING} or {@code ASSESSMENT}
 * @param toUnitId the receiving unit, when one was named
 * @param familyId the signed-in resident who asked, or {@code null}
 */
public record ContactRouted(UUID factId, UUID contactId, String reference, UUID familyId, String to, UUID toUnitId, String municipality,
		Integer childAge, String language, Instant routedAt) {

	public boolean toAssessment() {
		return "ASSESSMENT".equals(to);
	}
}
