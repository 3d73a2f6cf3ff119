package fi.yhdessa.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.HttpVisitor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Feedback after a contact: asked once, of its own asker only, stored without a trace of them, and shown to staff only in numbers. */
@FrontDoorTest
class FeedbackIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = FrontDoorMail.server();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Contacts contacts;

	@Autowired
	UserDetailsService users;

	@Test
	void aResidentIsAskedOnceAboutAnAnsweredContactAndTheAnswerKeepsNoTraceOfThem() {
		HttpVisitor parent = new HttpVisitor(port);
		parent.signIn("parent", "demo");
		parent.postForm("/contact", "/contact", "need", "Palautetestin kysymys unesta.", "topic", "PARENTING", "municipality", "801", "language", "fi",
				"answerBy", "MESSAGE", "email", "parent@example.fi");
		UUID contact = jdbc.sql("select id from frontdoor.contact where need = 'Palautetestin kysymys unesta.'").query(UUID.class).single();
		assertThat(parent.get("/my").body()).as("not asked while the contact is open").doesNotContain("/my/feedback/" + contact);
		assertThat(parent.get("/my/feedback/" + contact).statusCode()).isEqualTo(404);

		assertThat(contacts.answer(guide(), contact, "Vastasimme viestillä.")).isTrue();
		assertThat(parent.get("/my").body()).contains("Kerro, miten meni", "/my/feedback/" + contact);
		HttpVisitor other = new HttpVisitor(port);
		other.signIn("parent2", "demo");
		assertThat(other.get("/my/feedback/" + contact).statusCode()).as("another resident").isEqualTo(404);

		HttpResponse<String> incomplete = parent.postForm("/my/feedback/" + contact, "/my/feedback/" + contact, "easyToCome", "YES", "comment",
				"Hyvä & nopea vastaus");
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(incomplete.body()).contains("Valitse vastaus.", "&amp; nopea vastaus</textarea>");
		assertThat(given(contact)).isZero();

		long before = jdbc.sql("select count(*) from frontdoor.feedback").query(Long.class).single();
		HttpResponse<String> sent = parent.postForm("/my/feedback/" + contact, "/my/feedback/" + contact, "easyToCome", "YES", "welcome", "PARTLY",
				"helped", "NO", "comment", "Hyvä & nopea vastaus");
		assertThat(sent.statusCode()).isEqualTo(302);
		String home = parent.get("/my").body();
		assertThat(home).contains("Kiitos palautteestasi!").doesNotContain("/my/feedback/" + contact);
		assertThat(given(contact)).isOne();
		assertThat(jdbc.sql("select count(*) from frontdoor.feedback").query(Long.class).single()).isEqualTo(before + 1);
		Object[] stored = jdbc.sql("select unit_id, about, month, easy_to_come, welcome, helped from frontdoor.feedback where comment = 'Hyvä & nopea vastaus'")
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
					rs.getString(5), rs.getString(6) })
			.single();
		assertThat(stored).containsExactly(contacts.guidanceUnit().id().value(), "CONTACT", YearMonth.now(ZoneId.of("Europe/Helsinki")).atDay(1), "YES",
				"PARTLY", "NO");
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = 'frontdoor' and table_name = 'feedback'")
			.query(String.class).list()).as("nothing leads from an answer to a person or a contact")
			.containsExactlyInAnyOrder("id", "unit_id", "about", "month", "easy_to_come", "welcome", "helped", "comment", "comment_released_on");
		LocalDate release = jdbc.sql("select comment_released_on from frontdoor.feedback where comment = 'Hyvä & nopea vastaus'").query(LocalDate.class).single();
		assertThat(release).as("the week's batch, at least a week away").isEqualTo(Feedback.releaseOf(LocalDate.now(ZoneId.of("Europe/Helsinki"))))
			.isAfter(LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(7));
		HttpVisitor analyst = new HttpVisitor(port);
		analyst.signIn("analyst", "demo");
		assertThat(analyst.get("/frontdoor/feedback?months=1&unit=" + contacts.guidanceUnit().id().value()).body()).as("not before its batch is released")
			.doesNotContain("nopea vastaus").contains("näkyvät maanantaina");

		assertThat(parent.get("/my/feedback/" + contact).statusCode()).as("asked once").isEqualTo(404);
		parent.postForm("/my/feedback/" + contact, "/my", "easyToCome", "NO", "welcome", "NO", "helped", "NO");
		assertThat(jdbc.sql("select count(*) from frontdoor.feedback").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void staffSeeAUnitsFiguresAndCommentsOnlyFromTheMinimumNumberOfAnswersOn() {
		UUID unit = jdbc.sql("""
				select u.id from network.unit u where not exists (select 1 from frontdoor.feedback f where f.unit_id = u.id) order by u.id limit 1
				""").query(UUID.class).single();
		HttpVisitor coordinator = new HttpVisitor(port);
		coordinator.signIn("coordinator", "demo");
		for (int i = 0; i < 4; i++) {
			answer(unit, i == 0 ? "YES" : "PARTLY", i == 0 ? "Ovelle oli vaikea löytää." : null);
		}
		String fewer = coordinator.get("/frontdoor/feedback?unit=" + unit + "&months=3").body();
		assertThat(fewer).contains("4 vastausta", "kun vastauksia on vähintään 5").doesNotContain("Ovelle oli vaikea löytää.");

		answer(unit, "YES", null);
		String shown = coordinator.get("/frontdoor/feedback?unit=" + unit + "&months=3").body();
		assertThat(shown).as("the comments show, and answers given fewer than five times only as <5").contains("5 vastausta", "Ovelle oli vaikea löytää.", "&lt;5")
			.doesNotContain("2 (40 %)", "3 (60 %)");

		for (int i = 0; i < 5; i++) {
			answer(unit, i < 3 ? "YES" : "NO", null);
		}
		String more = coordinator.get("/frontdoor/feedback?unit=" + unit + "&months=3").body();
		assertThat(more).contains("10 vastausta", "5 (50 %)").doesNotContain("2 (20 %)", "3 (30 %)");

		HttpVisitor guide = new HttpVisitor(port);
		guide.signIn("guide", "demo");
		assertThat(guide.get("/frontdoor/feedback?unit=" + unit).body()).as("a guidance worker sees their own unit only")
			.doesNotContain("Ovelle oli vaikea löytää.");
		HttpVisitor parent = new HttpVisitor(port);
		parent.signIn("parent", "demo");
		assertThat(parent.get("/frontdoor/feedback").statusCode()).isEqualTo(403);
	}

	@Test
	void theNetworkSeesAFamilyCentresFeedbackAcrossItsUnitsWithTheSameSmallNumberRule() {
		String municipality = jdbc.sql("""
				select u.municipality_code from network.unit u join network.family_centre c on c.municipality_code = u.municipality_code
				group by u.municipality_code having count(*) >= 2 and not exists (select 1 from frontdoor.feedback f join network.unit x on x.id = f.unit_id
				  where x.municipality_code = u.municipality_code) order by u.municipality_code limit 1
				""").query(String.class).single();
		List<UUID> units = jdbc.sql("select id from network.unit where municipality_code = ? order by id limit 2").param(municipality).query(UUID.class).list();
		for (int i = 0; i < 5; i++) {
			answer(units.get(i % 2), "YES", i == 0 ? "Perhekeskukseen oli helppo tulla." : null);
		}
		HttpVisitor analyst = new HttpVisitor(port);
		analyst.signIn("analyst", "demo");
		assertThat(analyst.get("/frontdoor/feedback?months=3&centre=" + municipality).body()).as("five answers across the centre's units")
			.contains("5 vastausta", "5 (100 %)", "Perhekeskukseen oli helppo tulla.");
		assertThat(analyst.get("/frontdoor/feedback?months=3&unit=" + units.getFirst()).body()).as("three of them at one unit")
			.contains("3 vastausta", "kun vastauksia on vähintään 5").doesNotContain("Perhekeskukseen oli helppo tulla.");
	}

	private void answer(UUID unit, String easyToCome, String comment) {
		LocalDate month = YearMonth.now(ZoneId.of("Europe/Helsinki")).atDay(1);
		jdbc.sql("""
				insert into frontdoor.feedback (id, unit_id, about, month, easy_to_come, welcome, helped, comment, comment_released_on)
				values (?, ?, 'APPOINTMENT', ?, ?, 'YES', 'YES', ?, ?)""")
			.params(UUID.randomUUID(), unit, month, easyToCome, comment, comment == null ? null : month)
			.update();
	}

	private long given(UUID about) {
		return jdbc.sql("select count(*) from frontdoor.feedback_given where about_id = ?").param(about).query(Long.class).single();
	}

	private SignedInUser guide() {
		return (SignedInUser) users.loadUserByUsername("guide");
	}
}
