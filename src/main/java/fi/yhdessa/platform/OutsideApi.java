package fi.yhdessa.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads JSON documents from an outside API by HTTP GET (Sotkanet, PTV): connects within 10 s, answers within 60 s,
 * follows redirects. A source that does not answer, or answers with anything but 200, is {@link Unreachable}; a body
 * over the limit is {@link TooLarge}, found without reading it all.
 */
public final class OutsideApi {

	/** The source could not be read: not reachable, timed out or answered with an error. */
	public static final class Unreachable extends Exception {

		Unreachable(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/** The source answered with more than the reader takes. */
	public static final class TooLarge extends Exception {

		private final int limitBytes;

		TooLarge(int limitBytes) {
			super("more than " + limitBytes + " bytes", null, false, false);
			this.limitBytes = limitBytes;
		}

		/** The limit in whole megabytes, for a message. */
		public int limitMegabytes() {
			return limitBytes / (1024 * 1024);
		}
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
	private final String base;

	/** @param base the address the paths are appended to, as given */
	public OutsideApi(String base) {
		this.base = base;
	}

	public String base() {
		return base;
	}

	/** The body of {@code base + path}, at most {@code maxBytes} of it. */
	public byte[] get(String path, int maxBytes) throws Unreachable, TooLarge {
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
		}
		catch (IllegalArgumentException e) {
			throw new Unreachable("not an address: " + base + path, e);
		}
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new Unreachable("HTTP " + response.statusCode() + " from " + base + path, null);
				}
				byte[] bytes = body.readNBytes(maxBytes + 1);
				if (bytes.length > maxBytes) {
					throw new TooLarge(maxBytes);
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
