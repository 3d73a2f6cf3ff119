package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages as the servlet container dispatches them: localized for people, problem details for the API, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void answersAMissingPageWithTheLocalizedNotFoundPage() {
		HttpVisitor worker = signedIn("worker");
		HttpResponse<String> finnish = worker.get("/no/such/page");
		assertThat(finnish.statusCode()).isEqualTo(404);
		assertThat(finnish.body()).contains("Sivua ei löytynyt").contains("href=\"/no/such/page?lang=sv\"");
		assertThat(worker.get("/no/such/page?lang=sv").body()).contains("Sidan hittades inte");
		assertThat(worker.get("/no/such/page?lang=en").body()).contains("Page not found").contains("<html lang=\"en\"");
	}

	@Test
	void answersAnUnknownAddressWith404AlsoToAnAnonymousVisitorButStillAsksToSignInForAKnownOne() {
		HttpVisitor anonymous = new HttpVisitor(port);
		HttpResponse<String> finnish = anonymous.get("/no/such/page");
		assertThat(finnish.statusCode()).isEqualTo(404);
		assertThat(finnish.body()).contains("Sivua ei löytynyt").doesNotContain("Exception");
		assertThat(anonymous.get("/casework/no-such-page?lang=sv").body()).contains("Sidan hittades inte");
		assertThat(anonymous.send(HttpRequest.newBuilder(anonymous.uri("/no/such/form?lang=en")).POST(HttpRequest.BodyPublishers.ofString("a=1"))
			.header("Content-Type", "application/x-www-form-urlencoded").build()).statusCode()).isEqualTo(404);
		HttpResponse<String> api = anonymous.get("/api/v1/no-such-thing");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		HttpResponse<String> known = anonymous.get("/casework/cases/" + java.util.UUID.randomUUID());
		assertThat(known.statusCode()).isEqualTo(302);
		assertThat(known.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(anonymous.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void answersApiProblemsInTheCallersLanguageAndAMalformedLanguageAsNone() {
		HttpVisitor anonymous = new HttpVisitor(port);
		HttpResponse<String> unauthorized = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/v1/me")).header("Accept-Language", "sv-FI,sv;q=0.9").GET().build());
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.body()).contains("Logga in eller skicka HTTP Basic-uppgifter");
		HttpResponse<String> missing = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/v1/no-such-thing")).header("Accept-Language", "en").GET().build());
		assertThat(missing.body()).contains("\"detail\":\"No such resource.\"").contains("\"code\":\"problem.notFound\"");
		HttpResponse<String> malformed = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/v1/no-such-thing")).header("Accept-Language", "!!;q=x").GET().build());
		assertThat(malformed.statusCode()).isEqualTo(404);
		assertThat(malformed.body()).contains("Tällaista resurssia ei ole.");

		HttpResponse<String> unreadable = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/api/v1/consents"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("worker:demo".getBytes()))
			.header("Accept-Language", "sv").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{")).build());
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(unreadable.body()).contains("Begäran kunde inte läsas").doesNotContain("JSON parse error");
	}

	@Test
	void refusesResidentsStaffPagesWithTheLocalizedForbiddenPage() {
		HttpVisitor parent = signedIn("parent");
		HttpResponse<String> refused = parent.get("/home?lang=sv");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Ingen behörighet").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void answersABadParameterWithThePageNotAStackTrace() {
		HttpResponse<String> bad = signedIn("worker").get("/network/organisations?page=not-a-number");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Pyyntöä ei voitu käsitellä").doesNotContain("Exception");
	}

	@Test
	void answersAFormRowNoFormHasWithThePageNotAStackTrace() {
		// Found by fuzzing the service form's binding: a row index beyond what binding grows a list to.
		HttpVisitor editor = signedIn("editor");
		HttpResponse<String> bad = editor.postForm("/directory/edit/services", "/directory/edit/services/new", "nameFi", "Kerho", "hours[16436].day", "MONDAY");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Pyyntöä ei voitu käsitellä").doesNotContain("Exception");
	}

	@Test
	void answersApiErrorsWithProblemDetailsEvenWhenHtmlIsAskedFor() {
		HttpVisitor worker = signedIn("worker");
		HttpResponse<String> missing = worker.get("/api/v1/no-such-thing", "text/html");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(missing.body()).contains("\"instance\":\"/api/v1/no-such-thing\"");

		HttpResponse<String> wrongMethod = worker.send(HttpRequest.newBuilder(worker.uri("/api/v1/me"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("worker:demo".getBytes()))
			.DELETE()
			.build());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpVisitor signedIn(String username) {
		HttpVisitor visitor = new HttpVisitor(port);
		assertThat(visitor.signIn(username, "demo")).doesNotContain("error");
		return visitor;
	}
}
