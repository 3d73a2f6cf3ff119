package fi.yhdessa.directory;

import java.util.List;

/** Everything the service page shows: what, for whom, where and when, how to get in. */
public record ServiceDetails(ServiceHit summary, boolean universal, Integer minAge, Integer maxAge, String cost, String accessibility,
		List<TopicTerm> topics, List<ChannelDraft> channels, List<PlaceHours> places) {
}
