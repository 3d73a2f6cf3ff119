package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.ptv.PtvRecords.Channel;
import fi.yhdessa.directory.ptv.PtvRecords.IdPage;
import fi.yhdessa.directory.ptv.PtvRecords.Organisation;
import fi.yhdessa.directory.ptv.PtvRecords.Service;
import fi.yhdessa.platform.OutsideApi.Unreachable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Walks PTV's API for one import: the ids of the services of each municipality through its area lists (those
 * modified since a time, for an incremental import), the services of the channels modified since then, the
 * services themselves a hundred at a time, their channels and organisations, and the services archived or
 * withdrawn since. Reads everything before anything is written, so a source that fails half-way writes nothing.
 */
final class PtvFetch {

	/** Far above any real list: a guard against a source that pages for ever. */
	private static final int MAX_PAGES = 10_000;

	/** What PTV gave: the published services by id with the municipalities they were found through, their channels and organisations. */
	record Fetched(Map<UUID, Service> services, Map<UUID, Set<String>> foundIn, Map<UUID, Channel> channels, Map<UUID, Organisation> organisations,
			Set<UUID> noLongerPublished) {
	}

	private final PtvClient client;
	private final PtvProgress progress;

	PtvFetch(PtvClient client, PtvProgress progress) {
		this.client = client;
		this.progress = progress;
	}

	/**
	 * @param heldWithChannels the services already imported that use any of the given channels, with the municipalities
	 *        they were found through
	 */
	Fetched fetch(List<String> municipalities, Instant since, Function<Set<UUID>, Map<UUID, Set<String>>> heldWithChannels) throws Unreachable {
		Map<UUID, Set<String>> foundIn = new LinkedHashMap<>();
		for (int i = 0; i < municipalities.size(); i++) {
			String municipality = municipalities.get(i);
			progress.step("LISTING", i, municipalities.size());
			for (UUID id : ids(page -> client.servicesOf(municipality, since, page))) {
				foundIn.computeIfAbsent(id, key -> new TreeSet<>()).add(municipality);
			}
		}
		Set<UUID> noLongerPublished = new LinkedHashSet<>();
		if (since != null) {
			Set<UUID> changedChannels = new LinkedHashSet<>();
			for (String municipality : municipalities) {
				changedChannels.addAll(ids(page -> client.channelsOf(municipality, since, page)));
			}
			if (!changedChannels.isEmpty()) {
				heldWithChannels.apply(changedChannels).forEach((id, codes) -> foundIn.computeIfAbsent(id, key -> new TreeSet<>()).addAll(codes));
			}
			for (String status : List.of("Archived", "Withdrawn")) {
				noLongerPublished.addAll(ids(page -> client.servicesNoLongerPublished(status, since, page)));
			}
		}
		Map<UUID, Service> services = new LinkedHashMap<>();
		int read = 0;
		for (List<UUID> part : parts(foundIn.keySet())) {
			progress.step("SERVICES", read, foundIn.size());
			read += part.size();
			for (Service service : PtvFormat.services(client.services(part))) {
				if (service.publishingStatus() == null || "Published".equals(service.publishingStatus())) {
					services.put(service.id(), service);
				}
			}
		}
		Set<UUID> channelIds = new LinkedHashSet<>();
		Set<UUID> organisationIds = new LinkedHashSet<>();
		services.values().forEach(service -> {
			channelIds.addAll(service.channelIds());
			if (service.organisationId() != null) {
				organisationIds.add(service.organisationId());
			}
		});
		Map<UUID, Channel> channels = new LinkedHashMap<>();
		read = 0;
		for (List<UUID> part : parts(channelIds)) {
			progress.step("CHANNELS", read, channelIds.size());
			read += part.size();
			PtvFormat.channels(client.channels(part)).forEach(channel -> channels.put(channel.id(), channel));
		}
		Map<UUID, Organisation> organisations = new LinkedHashMap<>();
		progress.step("ORGANISATIONS", 0, organisationIds.size());
		for (List<UUID> part : parts(organisationIds)) {
			PtvFormat.organisations(client.organisations(part)).forEach(organisation -> organisations.put(organisation.id(), organisation));
		}
		foundIn.keySet().retainAll(services.keySet());
		return new Fetched(services, foundIn, channels, organisations, noLongerPublished);
	}

	private interface PageSource {

		byte[] page(int number) throws Unreachable;
	}

	private static Set<UUID> ids(PageSource source) throws Unreachable {
		Set<UUID> ids = new LinkedHashSet<>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			IdPage read = PtvFormat.idPage(source.page(page));
			ids.addAll(read.ids());
			if (read.ids().isEmpty() || page >= read.pageCount()) {
				return ids;
			}
		}
		throw new PtvRefused("ptv.error.format", "pageCount > " + MAX_PAGES);
	}

	private static List<List<UUID>> parts(Set<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		List<List<UUID>> parts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += PtvClient.MAX_GUIDS) {
			parts.add(all.subList(from, Math.min(all.size(), from + PtvClient.MAX_GUIDS)));
		}
		return parts;
	}
}
