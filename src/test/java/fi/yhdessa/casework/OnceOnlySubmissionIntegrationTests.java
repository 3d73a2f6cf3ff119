package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A form sent twice, or an API write resent with its Idempotency-Key, makes one record and gets the first answer again. */
@CaseworkTest
class OnceOnlySubmissionIntegrationTests {

	static final Pattern FIELD = Pattern.compile("name=\"(_csrf|_once)\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theSameFormSentTwiceOpensOneCaseAndAnswersWithTheSameRedirect() {
		HttpVisitor worker = new HttpVisitor(port);
		worker.signIn("worker", "demo");
		String page = worker.get("/casework/cases/new").body();
		Matcher fields = FIELD.matcher(page);
		String csrf = null;
		String once = null;
		while (fields.find()) {
			if (fields.group(1).equals("_csrf")) {
				csrf = fields.group(2);
			}
			else {
				once = fields.group(2);
			}
		}
		assertThat(once).as("the form's own key beside its CSRF token").isNotNull();
		String form = "_csrf=" + csrf + "&_once=" + once + "&familyName=Kahdesti&municipality=801&firstNames0=Testi&lastName0=Kahdesti&code0="
				+ encode(Families.code(LocalDate.of(1984, 3, 3))) + "&relation0=GUARDIAN&firstNames1=Lapsi&lastName1=Kahdesti&code1="
				+ encode(Families.code(LocalDate.of(2018, 4, 4))) + "&relation1=CHILD";
		HttpResponse<String> first = send(worker, form);
		HttpResponse<String> second = send(worker, form);
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/casework/cases/"));
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(jdbc.sql("select count(*) from casework.family where name = 'Kahdesti'").query(Long.class).single()).isEqualTo(1);

		HttpResponse<String> another = send(worker, form.replace(once, UUID.randomUUID().toString()));
		assertThat(another.statusCode()).as("another key is another submission").isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from casework.family where name = 'Kahdesti'").query(Long.class).single()).isEqualTo(2);

		// A refused form is not kept: corrected, it goes through with the same key.
		String key = UUID.randomUUID().toString();
		HttpResponse<String> refused = send(worker, form.replace(once, key) + "&origin=NO_SUCH_ORIGIN");
		assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
		assertThat(send(worker, form.replace(once, key)).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from casework.family where name = 'Kahdesti'").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aFormWithFilesSentTwiceStartsOneThread() {
		HttpVisitor worker = new HttpVisitor(port);
		worker.signIn("worker", "demo");
		Matcher caseLink = Pattern.compile("/casework/cases/([0-9a-f-]{36})").matcher(worker.get("/casework").body());
		assertThat(caseLink.find()).isTrue();
		String caseId = caseLink.group(1);
		String csrf = null;
		String once = null;
		Matcher fields = FIELD.matcher(worker.get("/casework/cases/" + caseId + "?open=messages").body());
		while (fields.find()) {
			if (fields.group(1).equals("_csrf")) {
				csrf = fields.group(2);
			}
			else {
				once = fields.group(2);
			}
		}
		String subject = "Kahdesti lähetetty " + UUID.randomUUID();
		String boundary = "yhdessa-" + UUID.randomUUID();
		String form = part(boundary, "_csrf", csrf) + part(boundary, "_once", once) + part(boundary, "subject", subject)
				+ part(boundary, "body", "Sama viesti kahdesti") + "--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(worker.uri("/casework/cases/" + caseId + "/threads"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> first = worker.send(request);
		HttpResponse<String> second = worker.send(request);

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(jdbc.sql("select count(*) from casework.message_thread where subject = ?").param(subject).query(Long.class).single()).isOne();
	}

	private static String part(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	@Test
	void anApiWriteResentWithItsIdempotencyKeyIsCarriedOutOnce() throws Exception {
		HttpVisitor caller = new HttpVisitor(port);
		String body = JsonMapper.builder().build().writeValueAsString(Families.family("Uudelleen"));
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = caller.send(write(caller, body, key));
		HttpResponse<String> again = caller.send(write(caller, body, key));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(jdbc.sql("select count(*) from casework.family where name = 'Uudelleen'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aWriteCutOffWithItsNodeIsCarriedOutWhenSentAgain() throws Exception {
		HttpVisitor caller = new HttpVisitor(port);
		String body = JsonMapper.builder().build().writeValueAsString(Families.family("Katkennut"));
		String key = UUID.randomUUID().toString();
		CompletableFuture<HttpResponse<String>> resent;
		try (Connection killedNode = dataSource.getConnection()) {
			// The first sending claimed the key and was cut off before it committed: its transaction is open.
			killedNode.setAutoCommit(false);
			try (PreparedStatement claim = killedNode.prepareStatement("insert into platform.submission (key, actor, started_at) values (?, 'worker', now())")) {
				claim.setString(1, "worker:" + key);
				claim.executeUpdate();
			}
			resent = CompletableFuture.supplyAsync(() -> caller.send(write(caller, body, key)));
			Thread.sleep(1_000);
			assertThat(resent).as("the resend waits while the first may still finish").isNotDone();
			// The node is gone: the database ends its transaction.
			killedNode.rollback();
		}
		HttpResponse<String> answer = resent.get(30, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).as("carried out in the first's place, not refused as a conflict").isEqualTo(201);
		assertThat(caller.send(write(caller, body, key)).body()).as("and kept as the answer to the key").isEqualTo(answer.body());
		assertThat(jdbc.sql("select count(*) from casework.family where name = 'Katkennut'").query(Long.class).single()).isOne();
	}

	private static HttpRequest write(HttpVisitor caller, String body, String key) {
		return HttpRequest.newBuilder(caller.uri("/api/v1/cases")).header("Content-Type", "application/json").header("Idempotency-Key", key)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("worker:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpResponse<String> send(HttpVisitor visitor, String form) {
		return visitor.send(HttpRequest.newBuilder(visitor.uri("/casework/cases")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
