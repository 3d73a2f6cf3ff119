package fi.yhdessa.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person visiting the running platform over real HTTP, with cookies, for what MockMvc cannot
 * show: error pages rendered by the servlet container's error dispatch, real sessions.
 */
public final class HttpVisitor {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final HttpClient client;

	public HttpVisitor(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public URI uri(String path) {
		return URI.create(base + path);
	}

	/** Signs in through the sign-in form, as a browser would; returns where the platform sent the person. */
	public String signIn(String username, String password) {
		Matcher token = CSRF_FIELD.matcher(get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("The sign-in form has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		return response.headers().firstValue("Location").orElse("");
	}

	/** Posts a form with the CSRF token of the page at {@code csrfFrom}; {@code fields} are name and value pairs. */
	public HttpResponse<String> postForm(String path, String csrfFrom, String... fields) {
		Matcher token = CSRF_FIELD.matcher(get(csrfFrom).body());
		if (!token.find()) {
			throw new IllegalStateException("The page " + csrfFrom + " has no CSRF token");
		}
		StringBuilder form = new StringBuilder("_csrf=").append(encode(token.group(1)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
