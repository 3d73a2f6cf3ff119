package fi.yhdessa.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The workplaces an administrator chooses from, grouped by organisation, and the names of each by
 * id for lists: one question to the network per page, not one per row.
 */
public record WorkplaceChoices(List<Workplaces.Organisation> organisations, Map<UUID, String> names) {

	static WorkplaceChoices of(List<Workplaces> workplaces, Locale locale) {
		List<Workplaces.Organisation> organisations = workplaces.stream().flatMap(w -> w.choices(locale).stream()).toList();
		Map<UUID, String> names = new HashMap<>();
		for (Workplaces.Organisation organisation : organisations) {
			names.put(organisation.id(), organisation.name());
			organisation.units().forEach(unit -> names.put(unit.id(), unit.label() + " · " + organisation.name()));
		}
		return new WorkplaceChoices(organisations, names);
	}

	/** The unit with its organisation, or the organisation alone, or nothing. */
	public String name(UUID organisationId, UUID unitId) {
		if (unitId != null && names.containsKey(unitId)) {
			return names.get(unitId);
		}
		return organisationId == null ? "" : names.getOrDefault(organisationId, "");
	}
}
