package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A service or activity to register, with where and when it is given.
 *
 * @param municipalityCodes the municipalities whose residents it serves
 * @param hoursByPlace opening hours (or sessions) per place id
 */
public record ServiceDraft(UUID id, UUID organisationId, ServiceKind kind, LocalizedText name, LocalizedText description, boolean universal,
		Integer minAge, Integer maxAge, boolean freeOfCharge, String cost, boolean noReferral, List<String> languages, List<String> topicCodes,
		List<ChannelDraft> channels, Map<UUID, List<WeeklyHours>> hoursByPlace, Set<String> municipalityCodes) {

	public ServiceDraft {
		languages = List.copyOf(languages);
		topicCodes = List.copyOf(topicCodes);
		channels = List.copyOf(channels);
		hoursByPlace = Map.copyOf(hoursByPlace);
		municipalityCodes = Set.copyOf(municipalityCodes);
	}
}
