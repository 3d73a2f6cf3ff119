package fi.yhdessa.directory.ptv;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * {@link Unreachable}; a body larger than {@link PtvFormat#MAX_BYTES} is refused without reading it all.
 */
@Component
class PtvClient {

	/** PTV's list endpoints take at most this many ids at a time. */
	static final int MAX_GUIDS = 100;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
	private final String base;

	PtvClient(@Value("${yhdessa.directory.ptv-url}") String base) {
		this.base = base.endsWith("/") ? base : base + "/";
	}

	/** The source could not be read: not reachable, timed out or answered with an error. */
	static class Unreachable extends Exception {

		Unreachable(String message, Throwable cause) {
			super(message, cause);
		}
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
		return base;
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
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new Unreachable("HTTP " + response.statusCode() + " from " + base + path, null);
				}
				byte[] bytes = body.readNBytes(PtvFormat.MAX_BYTES + 1);
				if (bytes.length > PtvFormat.MAX_BYTES) {
					throw new PtvRefused("ptv.error.tooLarge", PtvFormat.MAX_BYTES / (1024 * 1024));
				}
				return bytes;
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unreachable("interrupted", e);
		}
	}
}
