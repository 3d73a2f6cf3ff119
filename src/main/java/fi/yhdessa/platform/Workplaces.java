package fi.yhdessa.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Names the place a professional works in, for the staff pages of the platform. The network
 * module answers it; the platform depends on no business module, so it only declares the question.
 */
public interface Workplaces {

	/** The organisation and unit names in the given language, e.g. "Järvilaakson hyvinvointialue · Perhesosiaalityö". */
	Optional<String> describe(UUID organisationId, UUID unitId, Locale locale);
}
