package fi.yhdessa.insight.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches documents of Sotkanet's REST API 1.1 ({@code yhdessa.insight.sotkanet-url}, by default
 * THL's own): the regions, an indicator's metadata, and its data for years and genders. A source
 * that does not answer, or answers with an error, is {@link Unreachable}; a body larger than
 * {@link SotkanetFormat#MAX_BYTES} is refused without reading it all.
 */
@Component
class SotkanetClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
	private final String base;

	SotkanetClient(@Value("${yhdessa.insight.sotkanet-url:https://sotkanet.fi/rest}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The source could not be read: not reachable, timed out or answered with an error. */
	static class Unreachable extends Exception {

		Unreachable(String message, Throwable cause) {
			super(message, cause);
		}
	}

	byte[] regions() throws Unreachable {
		return get("/1.1/regions");
	}

	byte[] indicator(int id) throws Unreachable {
		return get("/1.1/indicators/" + id);
	}

	byte[] data(int indicator, List<Integer> years) throws Unreachable {
		String yearParams = years.stream().map(y -> "years=" + y).collect(Collectors.joining("&"));
		return get("/1.1/json?indicator=" + indicator + "&" + yearParams + "&genders=male&genders=female&genders=total");
	}

	String base() {
		return base;
	}

	private byte[] get(String path) throws Unreachable {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new Unreachable("HTTP " + response.statusCode() + " from " + base + path, null);
				}
				byte[] bytes = body.readNBytes(SotkanetFormat.MAX_BYTES + 1);
				if (bytes.length > SotkanetFormat.MAX_BYTES) {
					throw new ImportRefused("indicators.error.tooLarge", SotkanetFormat.MAX_BYTES / (1024 * 1024));
				}
				return bytes;
			}
		}
		catch (IOException e) {
			throw new Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unreachable("interrupted", e);
		}
	}
}
