package fi.yhdessa.directory.ptv;

import fi.yhdessa.platform.OutsideApi.Unreachable;
import fi.yhdessa.platform.OutsideApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads PTV's open API, version 11 ({@code yhdessa.directory.ptv-url}, from {@code YHDESSA_PTV_URL}; by default the
 * public one): its GET endpoints need no sign-in. A source that does not answer, or answers with an error, is
 * {@link OutsideApi.Unreachable}; a body larger than {@link PtvFormat#MAX_BYTES} is refused without reading it all.
 */
@Component
class PtvClient {

	/** PTV's list endpoints take at most this many ids at a time. */
	static final int MAX_GUIDS = 100;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

	private final OutsideApi api;

	PtvClient(@Value("${yhdessa.directory.ptv-url}") String base) {
		this.api = new OutsideApi(base.endsWith("/") ? base : base + "/");
	}

	/** One page of the published services of a municipality, those modified since a time when one is given. */
	byte[] servicesOf(String municipality, Instant since, int page) throws Unreachable {
		return get("Service/area/Municipality/code/" + municipality + "?includeWholeCountry=false&page=" + page + date(since));
	}

	/** One page of the service channels of a municipality modified since a time. */
	byte[] channelsOf(String municipality, Instant since, int page) throws Unreachable {
		return get("ServiceChannel/area/Municipality/code/" + municipality + "?includeWholeCountry=false&page=" + page + date(since));
	}

	/** One page of the services archived or withdrawn ({@code status}) since a time. */
	byte[] servicesNoLongerPublished(String status, Instant since, int page) throws Unreachable {
		return get("Service?status=" + status + "&page=" + page + date(since));
	}

	byte[] services(Collection<UUID> ids) throws Unreachable {
		return get("Service/list?guids=" + guids(ids));
	}

	byte[] channels(Collection<UUID> ids) throws Unreachable {
		return get("ServiceChannel/list?guids=" + guids(ids));
	}

	byte[] organisations(Collection<UUID> ids) throws Unreachable {
		return get("Organization/list?guids=" + guids(ids));
	}

	String base() {
		return api.base();
	}

	private static String date(Instant since) {
		return since == null ? "" : "&date=" + URLEncoder.encode(DATE.format(since.truncatedTo(ChronoUnit.SECONDS)), StandardCharsets.UTF_8);
	}

	private static String guids(Collection<UUID> ids) {
		if (ids.isEmpty() || ids.size() > MAX_GUIDS) {
			throw new IllegalArgumentException("PTV takes 1 to " + MAX_GUIDS + " ids at a time, not " + ids.size());
		}
		return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

	private byte[] get(String path) throws Unreachable {
		try {
			return api.get(path, PtvFormat.MAX_BYTES);
		}
		catch (OutsideApi.TooLarge e) {
			throw new PtvRefused("ptv.error.tooLarge", e.limitMegabytes());
		}
	}
}
