package fi.yhdessa.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.frontdoor.events.ContactAnswered;
import fi.yhdessa.frontdoor.events.ContactRouted;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.platform.WorkingDays;
import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Contacts, queues and concerns over HTTP: validation, who sees what, the access log, and the hand-over to casework. */
@FrontDoorTest
@RecordApplicationEvents
class FrontDoorIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = FrontDoorMail.server();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLog accessLog;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Contacts contacts;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Test
	void aContactWithErrorsKeepsWhatWasTypedAndIsNotSaved() {
		long before = count("frontdoor.contact");
		HttpResponse<String> refused = new HttpVisitor(port).postForm("/contact", "/contact", "need", "Tarvitsen apua <b>heti</b>", "topic", "",
				"childAge", "kolme", "municipality", "999", "language", "fi", "answerBy", "PHONE", "email", "ei-osoite");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Tarvitsen apua &lt;b&gt;heti&lt;/b&gt;", "Valitse aihe, joka on lähinnä.", "Anna arvo numeroina.",
				"Valitse kunta.", "Anna puhelinnumero, jos haluat, että sinulle soitetaan.", "Anna sähköpostiosoite muodossa");
		assertThat(count("frontdoor.contact")).isEqualTo(before);
	}

	@Test
	void anAnonymousContactIsDueOnTheNextWorkingDayAndShownEscapedThroughItsPrivateLink() {
		HttpVisitor asker = new HttpVisitor(port);
		HttpResponse<String> sent = asker.postForm("/contact", "/contact", "need", "<script>alert('x')</script> Lapsi ei nuku yöllä.", "topic",
				"CHILD_DEVELOPMENT", "childAge", "2", "municipality", "801", "language", "fi", "answerBy", "MESSAGE");
		assertThat(sent.statusCode()).isEqualTo(302);
		String link = sent.headers().firstValue("Location").orElseThrow();
		assertThat(link).contains("/contact/answer/");
		String page = asker.get(link.substring(link.indexOf("/contact/answer/"))).body();
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Lapsi ei nuku yöllä.").doesNotContain("<script>alert");
		LocalDate due = jdbc.sql("select answer_due from frontdoor.contact where need like '%Lapsi ei nuku yöllä.'").query(LocalDate.class).single();
		assertThat(due).isEqualTo(workingDays.afterWorkingDays(LocalDate.now(ZoneId.of("Europe/Helsinki")), 1));
		assertThat(new HttpVisitor(port).get("/contact/answer/not-a-real-link-but-long-enough-to-try").statusCode()).isEqualTo(404);
	}

	@Test
	void aProfessionalContactsForAFamilyOnlyWithItsConsentAndSeesWhatTheySent() {
		HttpVisitor nurse = new HttpVisitor(port);
		nurse.signIn("nurse", "demo");
		String[] fields = { "familyName", "Perhe Kuusela", "need", "Perhe toivoo tukea unirytmiin.", "topic", "PARENTING", "childAge", "0",
				"municipality", "801", "language", "fi", "answerBy", "PHONE", "phone", "040 765 4321" };
		HttpResponse<String> withoutConsent = nurse.postForm("/contact", "/contact", fields);
		assertThat(withoutConsent.statusCode()).isEqualTo(422);
		assertThat(withoutConsent.body()).contains("Yhteydenotto perheen puolesta tarvitsee perheen luvan.", "Perhe Kuusela");

		String[] withConsent = Arrays.copyOf(fields, fields.length + 2);
		withConsent[fields.length] = "familyConsent";
		withConsent[fields.length + 1] = "true";
		assertThat(nurse.postForm("/contact", "/contact", withConsent).headers().firstValue("Location").orElseThrow()).endsWith("/frontdoor/mine");
		assertThat(nurse.get("/frontdoor/mine").body()).contains("Yhteydenotto YH-").contains("Odottaa vastausta");
	}

	@Test
	void theGuidanceQueueIsOnlyForItsWorkersAndEveryReadIsLogged() {
		UUID contact = anonymousContact("Kysyn neuvoa murrosikäisen kanssa.");
		HttpVisitor guide = new HttpVisitor(port);
		guide.signIn("guide", "demo");
		long readsBefore = logEntries(contact, "READ", "guide");
		assertThat(guide.get("/frontdoor/contacts/" + contact).statusCode()).isEqualTo(200);
		assertThat(logEntries(contact, "READ", "guide")).isEqualTo(readsBefore + 1);

		HttpVisitor nurse = new HttpVisitor(port);
		nurse.signIn("nurse", "demo");
		assertThat(nurse.get("/frontdoor/contacts").statusCode()).isEqualTo(403);
		assertThat(nurse.get("/frontdoor/contacts/" + contact).statusCode()).isEqualTo(403);
		HttpVisitor resident = new HttpVisitor(port);
		resident.signIn("parent", "demo");
		assertThat(resident.get("/frontdoor/contacts/" + contact).statusCode()).isEqualTo(403);
		assertThat(resident.get("/my/contacts/" + contact).statusCode()).isEqualTo(404);
		assertThat(new HttpVisitor(port).get("/frontdoor/contacts").statusCode()).isEqualTo(302);
		assertThat(accessLog.verify().intact()).isTrue();
	}

	@Test
	void theHintOfAFamilysEarlierContactIsShownAndLoggedAsARead() {
		HttpVisitor asker = new HttpVisitor(port);
		for (String need : new String[] { "Ensimmäinen kysymys unesta.", "Toinen kysymys samasta perheestä." }) {
			asker.postForm("/contact", "/contact", "need", need, "topic", "PARENTING", "municipality", "801", "language", "fi", "answerBy", "PHONE",
					"phone", "040 555 0101");
		}
		UUID first = jdbc.sql("select id from frontdoor.contact where need = 'Ensimmäinen kysymys unesta.'").query(UUID.class).single();
		UUID second = jdbc.sql("select id from frontdoor.contact where need = 'Toinen kysymys samasta perheestä.'").query(UUID.class).single();
		HttpVisitor guide = new HttpVisitor(port);
		guide.signIn("guide", "demo");
		String page = guide.get("/frontdoor/contacts/" + second).body();
		assertThat(page).contains("Sama perhe on ottanut yhteyttä aiemmin", "/frontdoor/contacts/" + first);
		assertThat(logEntries(first, "READ", "guide")).isEqualTo(1);
		assertThat(accessLog.verify().intact()).isTrue();
	}

	@Test
	void aContactLeavesTheQueueOnlyWithAnOutcomeAndAnAssessmentIsHandedToCasework() {
		UUID contact = anonymousContact("Perheemme tarvitsee laajempaa tukea arkeen.");
		HttpVisitor guide = new HttpVisitor(port);
		guide.signIn("guide", "demo");
		HttpResponse<String> blank = guide.postForm("/frontdoor/contacts/" + contact + "/route-to-assessment", "/frontdoor/contacts/" + contact, "answer", "");
		assertThat(blank.statusCode()).isEqualTo(422);
		assertThat(blank.body()).contains("Kirjoita vastaus yhteydenottajalle.");
		assertThat(jdbc.sql("select outcome from frontdoor.contact where id = ?").param(contact).query(String.class).optional()).isEmpty();

		SignedInUser guideUser = (SignedInUser) users.loadUserByUsername("guide");
		transactions.executeWithoutResult(status -> contacts.routeToAssessment(guideUser, contact, "Ohjataan palvelutarpeen arviointiin."));
		assertThat(events.stream(ContactRouted.class)).singleElement()
			.satisfies(event -> {
				assertThat(event.contactId()).isEqualTo(contact);
				assertThat(event.toAssessment()).isTrue();
			});
		assertThat(events.stream(ContactAnswered.class)).singleElement()
			.satisfies(event -> assertThat(event.outcome()).isEqualTo("ROUTED_TO_ASSESSMENT"));
		assertThat(jdbc.sql("select outcome from frontdoor.contact where id = ?").param(contact).query(String.class).single()).isEqualTo("ROUTED_TO_ASSESSMENT");
		HttpResponse<String> again = guide.postForm("/frontdoor/contacts/" + contact + "/answer", "/frontdoor/contacts/" + contact, "answer", "Toinen vastaus");
		assertThat(guide.get(again.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
			.contains("Yhteydenotto on jo käsitelty");
	}

	@Test
	void aConcernIsSeenByItsAuthorAndTheInvitedUnitOnlyAndARefusalIsLogged() {
		HttpVisitor teacher = new HttpVisitor(port);
		teacher.signIn("teacher", "demo");
		String familyWork = jdbc.sql("select id from network.unit where kind = 'FAMILY_SOCIAL_WORK' and name_fi like '%pohjoinen%'").query(String.class).single();
		HttpResponse<String> noConsent = teacher.postForm("/frontdoor/concerns", "/frontdoor/concerns/new", "childName", "Testi Lapsi", "childBirthYear",
				String.valueOf(LocalDate.now().getYear() - 4), "level", "GREY_ZONE", "discussed", "Väsymys aamuisin.", "agreed", "Seurataan kuukausi.",
				"invitedUnit", familyWork);
		assertThat(noConsent.statusCode()).isEqualTo(422);
		assertThat(noConsent.body()).contains("Kutsu tarvitsee perheen suostumuksen.", "symys aamuisin.</textarea>");
		HttpResponse<String> saved = teacher.postForm("/frontdoor/concerns", "/frontdoor/concerns/new", "childName", "Testi Lapsi", "childBirthYear",
				String.valueOf(LocalDate.now().getYear() - 4), "level", "GREY_ZONE", "discussed", "Väsymys aamuisin.", "agreed", "Seurataan kuukausi.",
				"invitedUnit", familyWork, "familyConsent", "true");
		String path = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		UUID concern = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

		HttpVisitor worker = new HttpVisitor(port);
		worker.signIn("worker", "demo");
		assertThat(worker.get(path).statusCode()).isEqualTo(200);
		HttpVisitor otherUnit = new HttpVisitor(port);
		otherUnit.signIn("worker2", "demo");
		assertThat(otherUnit.get(path).statusCode()).isEqualTo(404);
		assertThat(logEntries(concern, "DENIED", "worker2")).isEqualTo(1);
		assertThat(logEntries(concern, "READ", "worker")).isEqualTo(1);
	}

	private UUID anonymousContact(String need) {
		new HttpVisitor(port).postForm("/contact", "/contact", "need", need, "topic", "PARENTING", "childAge", "14", "municipality", "801", "language",
				"fi", "answerBy", "MESSAGE");
		return jdbc.sql("select id from frontdoor.contact where need = ?").param(need).query(UUID.class).single();
	}

	private long logEntries(UUID record, String action, String actor) {
		return jdbc.sql("select count(*) from consent.access_log where record_id = ? and action = ? and actor = ?")
			.params(record.toString(), action, actor)
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
