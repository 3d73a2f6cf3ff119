package fi.yhdessa.platform;

import java.util.List;
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

	/** Every organisation with its units, for choosing where someone works; organisations by name, units by municipality and name. */
	List<Organisation> choices(Locale locale);

	/** An organisation and its units. */
	record Organisation(UUID id, String name, List<Unit> units) {
	}

	/** A unit with the municipality it is in, when it has one. */
	record Unit(UUID id, String name, String municipality) {

		public String label() {
			return municipality == null || municipality.isBlank() ? name : name + " (" + municipality + ")";
		}
	}
}
