package fi.yhdessa.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.network.agreements.AgreementReminders;
import fi.yhdessa.network.groups.ActionReminders;
import fi.yhdessa.platform.Role;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The coordinator's agreements through the pages: drafted, revised, signed and put in force with a
 * version for each save; a second save over an old version refused with what was typed kept; PDF
 * documents only; and reminders of review, expiry and actions sent once even when two nodes run the
 * job at the same moment.
 */
class AgreementsIntegrationTests extends NetworkPagesTest {

	@Autowired
	AgreementReminders agreementReminders;

	@Autowired
	ActionReminders actionReminders;

	@Test
	void theCoordinatorDraftsRevisesSignsAndPutsAnAgreementInForceWithAVersionForEachSave() throws Exception {
		UUID id = draft("Verkostolan perhekeskussopimus");
		mvc.perform(as(post("/network/agreements/" + id).param("version", "1").param("kind", "COUNTY_MUNICIPALITY").param("title", "Verkostolan perhekeskussopimus")
			.param("municipality", NetworkRegion.NORTH).param("startsOn", LocalDate.now().minusDays(1).toString()).param("endsOn", "31.12.2029")
			.param("parties", NetworkRegion.COUNTY.value().toString(), NetworkRegion.MUNICIPALITY.value().toString())
			.param("contacts", NetworkRegion.CONTACT_PERSON.toString())
			.param("commitments[0].party", NetworkRegion.MUNICIPALITY.value().toString()).param("commitments[0].kind", "FUNDING")
			.param("commitments[0].description", "Kunnan osuus").param("commitments[0].amount", "25 000,50")
			.param("commitments[1].party", "").param("commitments[1].description", ""), Role.COORDINATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("outcome", "agreement.saved"));
		move(id, "NEGOTIATED", 2);
		move(id, "SIGNED", 3);
		move(id, "IN_FORCE", 4);
		mvc.perform(as(get("/network/agreements/" + id), Role.COORDINATOR))
			.andExpect(content().string(containsString("Voimassa")))
			.andExpect(content().string(containsString("25 000 €")))
			.andExpect(content().string(containsString("Tila: Allekirjoitettu → Voimassa")))
			.andExpect(content().string(containsString("Alkaa: – → ")));
		mvc.perform(as(get("/network/agreements/" + id).param("lang", "sv"), Role.COORDINATOR))
			.andExpect(content().string(containsString("Status: Undertecknat → I kraft")))
			.andExpect(content().string(containsString("Parter")));
		assertThat(jdbc.sql("select count(*) from network.agreement_version where agreement_id = ?").param(id).query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select changed_by from network.agreement_version where agreement_id = ? and version = 5").param(id).query(String.class).single())
			.isEqualTo(NetworkRegion.username(Role.COORDINATOR));
		mvc.perform(as(get("/network/agreements"), Role.LEADERSHIP))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yhteisvaara")))
			.andExpect(content().string(containsString("Ei voimassa olevaa sopimusta")));
	}

	@Test
	void refusesAMoveTheStateDoesNotAllowAndSaysWhy() throws Exception {
		UUID id = draft("Kesken jäävä sopimus");
		mvc.perform(as(post("/network/agreements/" + id + "/state").param("target", "SIGNED").param("version", "1"), Role.COORDINATOR))
			.andExpect(flash().attribute("problem", "agreement.error.transition"));
		move(id, "NEGOTIATED", 1);
		mvc.perform(as(post("/network/agreements/" + id + "/state").param("target", "SIGNED").param("version", "2"), Role.COORDINATOR))
			.andExpect(flash().attribute("problem", "agreement.error.notReadyToSign"));
		assertThat(state(id)).isEqualTo("NEGOTIATED");
	}

	@Test
	void refusesTheSecondOfTwoConcurrentSavesAndKeepsWhatWasTyped() throws Exception {
		UUID id = draft("Yhteinen sopimus");
		mvc.perform(as(revision(id, "Ensimmäisen tallentama nimi"), Role.COORDINATOR)).andExpect(status().is3xxRedirection());
		mvc.perform(as(revision(id, "Toisen kirjoittama nimi"), Role.COORDINATOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Joku muu tallensi tämän sillä välin")))
			.andExpect(content().string(containsString("value=\"Toisen kirjoittama nimi\"")))
			.andExpect(content().string(containsString("<h1>Ensimmäisen tallentama nimi</h1>")));
		assertThat(jdbc.sql("select title from network.agreement where id = ?").param(id).query(String.class).single())
			.isEqualTo("Ensimmäisen tallentama nimi");
	}

	@Test
	void takesPdfDocumentsOnly() throws Exception {
		UUID id = draft("Asiakirjallinen sopimus");
		byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(as(multipart("/network/agreements/" + id + "/documents").file(new MockMultipartFile("document", "../../sopimus allekirjoitettu.pdf",
				"application/pdf", pdf)), Role.COORDINATOR)).andExpect(flash().attribute("outcome", "agreement.documentAdded"));
		mvc.perform(as(multipart("/network/agreements/" + id + "/documents").file(new MockMultipartFile("document", "sopimus.pdf", "application/pdf",
				"<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))), Role.COORDINATOR))
			.andExpect(flash().attribute("problem", "agreement.error.documentType"));
		assertThat(jdbc.sql("select file_name from network.agreement_document where agreement_id = ?").param(id).query(String.class).list())
			.containsExactly("sopimus allekirjoitettu.pdf");
		String document = jdbc.sql("select id from network.agreement_document where agreement_id = ?").param(id).query(String.class).single();
		mvc.perform(as(get("/network/agreements/" + id + "/documents/" + document), Role.LEADERSHIP))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void remindsOfAReviewAndOfADueActionOnceEvenWhenTwoNodesRunTheJobAtOnce() throws Exception {
		UUID id = draft("Tarkistettava sopimus");
		jdbc.sql("update network.agreement set review_on = ? where id = ?").params(Date.valueOf(LocalDate.now().plusDays(5)), id).update();
		jdbc.sql("insert into network.agreement_contact values (?, ?)").params(id, NetworkRegion.CONTACT_PERSON).update();
		UUID group = UUID.randomUUID();
		UUID meeting = UUID.randomUUID();
		jdbc.sql("insert into network.network_group (id, kind, name_fi, purpose_fi) values (?, 'OTHER', 'Muistutusryhmä', 'Testi')").param(group).update();
		jdbc.sql("insert into network.meeting (id, group_id, held_on, agenda) values (?, ?, ?, 'Asialista')").params(meeting, group, Date.valueOf(LocalDate.now()))
			.update();
		jdbc.sql("insert into network.action (id, meeting_id, description, responsible_id, due_on, status) values (?, ?, 'Kokoa muistutettavat', ?, ?, 'OPEN')")
			.params(UUID.randomUUID(), meeting, NetworkRegion.WORKER_PERSON, Date.valueOf(LocalDate.now().plusDays(1)))
			.update();
		int before = mails();
		assertThat(bothNodes(agreementReminders::run)).as("reminders sent by the two nodes together").isGreaterThanOrEqualTo(1);
		assertThat(bothNodes(actionReminders::run)).isGreaterThanOrEqualTo(1);
		assertThat(agreementReminders.run() + actionReminders.run()).as("a third run sends nothing").isZero();
		assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = 'yhdyshenkilo@verkosto.example' and body like '%Tarkistettava sopimus%'")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = 'tyontekija@verkosto.example' and body like '%Kokoa muistutettavat%'")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(mails() - before).isEqualTo(2);
	}

	@Test
	void bringsASignedAgreementIntoForceOnItsStartOnceWhenTwoNodesRunTheDailyPass() throws Exception {
		UUID id = draft("Alkava sopimus");
		jdbc.sql("update network.agreement set state = 'SIGNED', starts_on = ?, ends_on = ? where id = ?")
			.params(Date.valueOf(LocalDate.now()), Date.valueOf(LocalDate.now().plusYears(2)), id).update();
		bothNodes(agreementReminders::run);
		assertThat(state(id)).isEqualTo("IN_FORCE");
		assertThat(jdbc.sql("select count(*) from network.agreement_version where agreement_id = ? and changed_by = 'system'").param(id)
			.query(Integer.class).single()).isEqualTo(1);
	}

	/** Runs a job on two threads released at the same moment, as two nodes would; the sum of what they sent. */
	private static int bothNodes(Callable<Integer> job) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> runs = nodes.invokeAll(List.of(() -> {
				start.await();
				return job.call();
			}, () -> {
				start.await();
				return job.call();
			}));
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get();
			}
			return sent;
		}
	}

	private int mails() {
		return jdbc.sql("select count(*) from platform.mail_outbox").query(Integer.class).single();
	}

	private UUID draft(String title) throws Exception {
		String location = mvc.perform(as(post("/network/agreements").param("kind", "COUNTY_MUNICIPALITY").param("title", title)
			.param("municipality", NetworkRegion.NORTH), Role.COORDINATOR)).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder revision(UUID id, String title) {
		return post("/network/agreements/" + id).param("version", "1").param("kind", "COUNTY_MUNICIPALITY").param("title", title)
			.param("municipality", NetworkRegion.NORTH);
	}

	private void move(UUID id, String target, int version) throws Exception {
		mvc.perform(as(post("/network/agreements/" + id + "/state").param("target", target).param("version", String.valueOf(version)), Role.COORDINATOR))
			.andExpect(flash().attribute("outcome", "agreement.moved"));
	}

	private String state(UUID id) {
		return jdbc.sql("select state from network.agreement where id = ?").param(id).query(String.class).single();
	}

}
