package fi.yhdessa.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform started as production may start it (ADR 0021): from the bean definitions that the
 * build's ahead-of-time processing generated ({@code -Dspring.aot.enabled=true}), with what it is
 * configured with at start — here an SMTP server and the demo region — taking effect although the
 * build knew neither.
 */
class AheadOfTimeStartTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Kept when the test fails, with the platform's log in it. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	Path dir;

	@Test
	void theAheadOfTimeProcessedPlatformServesPagesAndSendsMailConfiguredAtStart() throws Exception {
		int smtpPort = PlatformProcess.freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, null, ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		int port = PlatformProcess.freePort();
		Path log = dir.resolve("platform.log");
		Process platform = PlatformProcess.start(log, port, List.of("--yhdessa.data-dir=" + dir.resolve("data"),
				"--yhdessa.db.port=" + PlatformProcess.freePort(), "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort,
				"--yhdessa.mail.poll=PT1S", "--yhdessa.mail.first-retry=PT0S"), Map.of("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=true"));
		try {
			assertThat(Files.readString(log)).as("started from the generated bean definitions").contains("Starting AOT-processed");
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

			assertThat(page(browser, port, "/search?q=neuvola").body()).as("the demo region is loaded and found").contains("neuvola");

			String token = token(page(browser, port, "/signup").body());
			HttpResponse<String> signedUp = post(browser, port, "/signup", "name=Aada Aikainen&email=aada.aikainen@example.org"
					+ "&password=kaikki-ajallaan-2026&passwordAgain=kaikki-ajallaan-2026&_csrf=" + token);
			assertThat(signedUp.statusCode()).as("the sign-up form is accepted").isEqualTo(302);
			assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("the confirmation reaches the SMTP server given at start").isTrue();
			assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0]).hasToString("aada.aikainen@example.org");

			HttpClient worker = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String workerToken = token(page(worker, port, "/login").body());
			assertThat(post(worker, port, "/login", "username=worker&password=demo&_csrf=" + workerToken).headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			assertThat(page(worker, port, "/casework").body()).as("the worker's worklist").contains("Veera Vastuutyöntekijä");
		}
		finally {
			platform.destroy();
			platform.waitFor();
			smtp.stop();
		}
	}

	private static HttpResponse<String> page(HttpClient http, int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient http, int port, String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.replace(" ", "+")))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}
}
