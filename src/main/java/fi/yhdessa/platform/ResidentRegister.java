package fi.yhdessa.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the resident behind a strongly identified personal identity code, so that strong
 * identification can link an account to a resident. The population module answers it; the
 * platform depends on no business module, so it only declares the question.
 */
public interface ResidentRegister {

	/** The resident with this code, if the person lives in the region. */
	Optional<Identified> identify(PersonalIdentityCode code);

	/** A resident found by their code: their id in the register and their name as registered. */
	record Identified(UUID residentId, String fullName) {
	}
}
