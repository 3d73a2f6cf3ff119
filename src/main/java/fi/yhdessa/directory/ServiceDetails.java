package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import java.util.List;

/** Everything the service page shows: what, for whom, where and when, how to get in. */
public record ServiceDetails(ServiceHit summary, boolean universal, Integer minAge, Integer maxAge, LocalizedText cost, LocalizedText accessibility,
		List<TopicTerm> topics, List<ChannelDraft> channels, List<PlaceHours> places) {
}
