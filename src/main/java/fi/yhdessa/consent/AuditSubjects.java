package fi.yhdessa.consent;

import fi.yhdessa.platform.PersonalIdentityCode;
import java.util.List;
import java.util.UUID;

/**
 * The ids under which the access log knows a person or a family, for the auditor's search: a
 * person in the population register by their resident id, a family member known only to
 * casework by their member id. Answered by the modules that hold the people; only ids cross.
 */
public interface AuditSubjects {

	/** The ids of the person with this identity code. */
	List<UUID> ofPerson(PersonalIdentityCode code);

	/** The ids of every member of the family of the case with this reference. */
	List<UUID> ofCase(String caseReference);
}
