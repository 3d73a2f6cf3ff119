package fi.yhdessa.casework.events;

import java.util.UUID;

/**
 * What every casework fact tells of its case, so that a fact can be counted on its own.
 *
 * @param familyId casework's family; whoever keeps facts keeps it only as a keyed pseudonym
 * @param unitId the unit of the responsible worker at the time of the fact
 * @param municipality the family's municipality code
 * @param kind the kind of client work: {@code FAMILY_WORK}, {@code FAMILY_SOCIAL_WORK}, {@code CHILD_WELFARE_OPEN_CARE},
 *        {@code FOSTER_CARE} or {@code INSTITUTIONAL_CARE}
 * @param childAge the age in years of the case's child (or the family's youngest), {@code null} when unknown
 */
public record CaseContext(UUID caseId, UUID familyId, UUID unitId, String municipality, String kind, Integer childAge) {

	public CaseContext withUnit(UUID unit) {
		return new CaseContext(caseId, familyId, unit, municipality, kind, childAge);
	}
}
