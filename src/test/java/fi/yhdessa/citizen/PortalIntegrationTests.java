package fi.yhdessa.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.yhdessa.platform.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The portal's rules over HTTP: another family's ids, a new plan version, attachments. */
@PortalTest
class PortalIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = PortalMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void aGuardianIsRefusedEveryIdOfAnotherFamilyAndEachRefusalIsLogged() throws Exception {
		UUID theirCase = caseOf("parent2");
		UUID theirFamily = familyOf(theirCase);
		UUID theirConsent = jdbc.sql("select id from consent.consent where family_id = :family limit 1").param("family", theirFamily).query(UUID.class)
			.optional().orElse(UUID.randomUUID());
		UUID theirThread = thread(theirCase);
		UUID theirAttachment = UUID.randomUUID();
		long denied = denials("parent");
		List<MockHttpServletRequestBuilder> calls = List.of(get("/my/families/" + theirFamily + "/consents"),
				get("/my/families/" + theirFamily + "/access-log"), get("/my/families/" + theirFamily + "/access-log.pdf"),
				post("/my/families/" + theirFamily + "/consents").param("organisation", UUID.randomUUID().toString()).param("choice", "DENIAL"),
				post("/my/families/" + theirFamily + "/consents/" + theirConsent + "/withdraw"), get("/my/cases/" + theirCase + "/plan"),
				post("/my/cases/" + theirCase + "/plan").param("version", "1").param("agrees", "true"), get("/my/cases/" + theirCase + "/messages"),
				post("/my/cases/" + theirCase + "/messages").param("subject", "Hei").param("body", "Hei"), get("/my/threads/" + theirThread),
				post("/my/threads/" + theirThread).param("body", "Hei"), get("/my/attachments/" + theirAttachment));
		for (MockHttpServletRequestBuilder call : calls) {
			mvc.perform(call.with(user(users.loadUserByUsername("parent"))).with(csrf())).andExpect(status().isNotFound());
		}
		assertThat(denials("parent") - denied).as("a DENIED entry for every refused id").isEqualTo(calls.size());
		assertThat(jdbc.sql("select count(*) from consent.consent where family_id = :family and withdrawn_by = 'parent'").param("family", theirFamily)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theFamilyRatesItsEverydayLifeOnceAtTheStartOfItsCaseAndAMissingAnswerIsAskedAgain() throws Exception {
		UUID caseId = caseOf("parent2");
		resident("parent2", get("/my")).andExpect(content().string(org.hamcrest.Matchers.containsString("Miten perheenne arki sujuu nyt?")));
		resident("parent2", post("/my/cases/" + caseId + "/everyday").param("stage", "START"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Valitse luku 0–10.")));
		resident("parent2", post("/my/cases/" + caseId + "/everyday").param("stage", "START").param("rating", "4"))
			.andExpect(status().is3xxRedirection());
		resident("parent2", get("/my")).andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Miten perheenne arki sujuu nyt?"))));
		resident("parent2", post("/my/cases/" + caseId + "/everyday").param("stage", "START").param("rating", "6"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tähän on jo vastattu.")));
		assertThat(jdbc.sql("select rating, by_family from casework.everyday_rating where case_id = ?").param(caseId)
			.query((rs, n) -> rs.getInt(1) + "/" + rs.getBoolean(2)).single()).isEqualTo("4/true");
		resident("parent", post("/my/cases/" + caseId + "/everyday").param("stage", "END").param("rating", "6")).andExpect(status().isNotFound());
	}

	@Test
	void aNewVersionOfThePlanAsksTheFamilyAgain() throws Exception {
		UUID caseId = caseOf("parent2");
		int version = jdbc.sql("select max(version) from casework.plan_version where case_id = :case").param("case", caseId).query(Integer.class).single();
		resident("parent2", post("/my/cases/" + caseId + "/plan").param("version", String.valueOf(version)).param("agrees", "true"))
			.andExpect(status().is3xxRedirection());
		resident("parent2", get("/my")).andExpect(content().string(org.hamcrest.Matchers.containsString("Hyväksytty")));
		mvc.perform(post("/casework/cases/" + caseId + "/plan").param("goals", "Aamut sujuvat\nIllat rauhoittuvat")
			.with(user(users.loadUserByUsername("worker"))).with(csrf())).andExpect(status().is3xxRedirection());
		resident("parent2", get("/my")).andExpect(content().string(org.hamcrest.Matchers.containsString("Uusi suunnitelma odottaa")));
		resident("parent2", post("/my/cases/" + caseId + "/plan").param("version", String.valueOf(version)).param("agrees", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("uusimmalle versiolle")));
		resident("parent2", post("/my/cases/" + caseId + "/plan").param("version", String.valueOf(version + 1)).param("agrees", "false"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("kirjoita kommentti")));
	}

	@Test
	void attachmentsAreCheckedByTheirContentAndSizeAndServedOnlyAsDownloadsToTheFamilyAndItsWorkers() throws Exception {
		UUID caseId = caseOf("parent2");
		byte[] pdf = "%PDF-1.4\n%synthetic\n".getBytes();
		resident("parent2", multipart("/my/cases/" + caseId + "/messages").file(new MockMultipartFile("attachments", "kuva.png", "image/png", "<html>".getBytes()))
			.param("subject", "Liite").param("body", "Tässä liite.")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("PDF, PNG tai JPEG")));
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		resident("parent2", multipart("/my/cases/" + caseId + "/messages").file(new MockMultipartFile("attachments", "iso.pdf", "application/pdf", large))
			.param("subject", "Liite").param("body", "Tässä liite.")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("liian suuri")));
		resident("parent2", multipart("/my/cases/" + caseId + "/messages").file(new MockMultipartFile("attachments", "../../todistus.exe.pdf", "text/html", pdf))
			.param("subject", "Liite").param("body", "Tässä liite.")).andExpect(status().is3xxRedirection());
		UUID attachment = jdbc.sql("""
				select a.id from casework.attachment a join casework.message m on m.id = a.message_id join casework.message_thread t on t.id = m.thread_id
				where t.case_id = :case order by m.sent_at desc limit 1
				""").param("case", caseId).query(UUID.class).single();
		assertThat(jdbc.sql("select file_name || ' ' || content_type from casework.attachment where id = :id").param("id", attachment).query(String.class).single())
			.isEqualTo("todistus.exe.pdf application/pdf");
		resident("parent2", get("/my/attachments/" + attachment)).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store"));
		mvc.perform(get("/casework/attachments/" + attachment).with(user(users.loadUserByUsername("worker")))).andExpect(status().isOk());
		mvc.perform(get("/casework/attachments/" + attachment).with(user(users.loadUserByUsername("worker2")))).andExpect(status().isNotFound());
	}

	@Test
	void theFamilysUnreadSubjectsOnTheWorklistAreLoggedAsReads() throws Exception {
		UUID caseId = caseOf("parent2");
		resident("parent2", post("/my/cases/" + caseId + "/messages").param("subject", "Kysymys tapaamisesta").param("body", "Voimmeko siirtää tapaamista?"))
			.andExpect(status().is3xxRedirection());
		long before = jdbc.sql("select count(*) from consent.access_log where actor = 'worker' and record_kind = 'casework.message' and action = 'READ'")
			.query(Long.class).single();
		mvc.perform(get("/casework").with(user(users.loadUserByUsername("worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kysymys tapaamisesta")));
		assertThat(jdbc.sql("select count(*) from consent.access_log where actor = 'worker' and record_kind = 'casework.message' and action = 'READ'")
			.query(Long.class).single()).isGreaterThan(before);
	}

	@Test
	void myDataIsTheFamilysOwnCopyAsJsonAndPdfEveryReadLoggedAndNothingMarkedRead() throws Exception {
		UUID caseId = caseOf("parent");
		UUID threadId = thread(caseId);
		String familyName = jdbc.sql("select name from casework.family where id = :id").param("id", familyOf(caseId)).query(String.class).single();
		long reads = jdbc.sql("select count(*) from consent.access_log where actor = 'parent' and action = 'READ'").query(Long.class).single();

		String json = resident("parent", get("/my/data.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		tools.jackson.databind.JsonNode export = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
		tools.jackson.databind.JsonNode family = export.get("families").get(0);
		assertThat(family.get("family").get("name").asString()).isEqualTo(familyName);
		assertThat(family.get("cases").get(0).get("plan").get("versions").size()).isPositive();
		assertThat(json).contains("Sopiiko tiistai?");
		assertThat(jdbc.sql("select count(*) from casework.message_read where thread_id = :thread and reader = 'parent'").param("thread", threadId)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from consent.access_log where actor = 'parent' and action = 'READ'").query(Long.class).single())
			.isGreaterThan(reads);

		byte[] pdf = resident("parent", get("/my/data.pdf")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(familyName).contains("Sopiiko tiistai?");
		}
		assertThat(resident("parent2", get("/my/data.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(familyName);
	}

	@Test
	void theReportGivesTheBasisOfEachReadInTheFamilysLanguage() throws Exception {
		UUID caseId = caseOf("parent");
		mvc.perform(get("/casework/cases/" + caseId).with(user(users.loadUserByUsername("worker")))).andExpect(status().isOk());
		resident("parent", get("/my/families/" + familyOf(caseId) + "/access-log"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("vastuutyöntekijä (sosiaalihuoltolaki 1301/2014, 42 §)")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("responsible worker (Social Welfare Act"))));
		resident("parent", get("/my"));
		resident("parent", get("/my/families/" + familyOf(caseId) + "/access-log?lang=sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("familjens egna uppgifter, visade för familjen"))));
		resident("parent", get("/my/families/" + familyOf(caseId) + "/access-log?lang=sv&own=true"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("familjens egna uppgifter, visade för familjen")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("shown to the family"))));
	}

	@Test
	void aReversedOrUnreadablePeriodIsAnsweredWithAMessageNotAnEmptyListOrAnErrorPage() throws Exception {
		UUID family = familyOf(caseOf("parent"));
		resident("parent", get("/my/families/" + family + "/access-log?from=2026-06-30&until=2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Alkupäivä oli loppupäivän jälkeen")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-01-01\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-06-30\"")));
		resident("parent", get("/my/families/" + family + "/access-log?from=31.2.2026&lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("A date could not be read")));
		resident("parent", get("/my/families/" + family + "/access-log.pdf?from=2026-06-30&until=2026-01-01")).andExpect(status().isOk());
	}

	@Test
	void everyBasisThePlatformWritesHasItsWordsAndADetailAfterThemIsKept() {
		org.assertj.core.api.Assertions.assertThat(new AccessReport.Row(null, null, null, null, null, null, null, "break-glass opened: lapsi vaarassa").basisKey())
			.isEqualTo("report.basis.text.break-glass-opened");
		org.assertj.core.api.Assertions.assertThat(new AccessReport.Row(null, null, null, null, null, null, null, "break-glass opened: lapsi vaarassa").basisDetail())
			.isEqualTo("lapsi vaarassa");
		org.assertj.core.api.Assertions.assertThat(new AccessReport.Row(null, null, null, null, null, null, null,
				"notification duty (Child Welfare Act 417/2007 §25), the family told").basisKey())
			.isEqualTo("report.basis.text.notification-duty-child-welfare-act-417-2007-25-the-family-told");
		for (java.util.Locale language : List.of(java.util.Locale.of("fi"), java.util.Locale.of("sv"), java.util.Locale.of("en"))) {
			org.assertj.core.api.Assertions.assertThat(messages.getMessage("report.basis.text.break-glass-opened", new Object[] { "lapsi vaarassa" }, language))
				.endsWith("lapsi vaarassa");
		}
		org.assertj.core.api.Assertions.assertThat(messages.getMessage("report.basis.text.the-family-s-own-data-shown-to-the-family", new Object[] { "" },
				java.util.Locale.ENGLISH)).as("an apostrophe kept through the message format").isEqualTo("the family's own data, shown to the family");
	}

	private ResultActions resident(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf()));
	}

	private UUID caseOf(String username) {
		SignedInUser resident = (SignedInUser) users.loadUserByUsername(username);
		return jdbc.sql("""
				select c.id from casework.client_case c join casework.member m on m.family_id = c.family_id
				where m.resident_id = :resident and c.closed_at is null order by c.opened_at limit 1
				""").param("resident", resident.residentId()).query(UUID.class).single();
	}

	private UUID familyOf(UUID caseId) {
		return jdbc.sql("select family_id from casework.client_case where id = :id").param("id", caseId).query(UUID.class).single();
	}

	/** A thread of the case, started by its worker. */
	private UUID thread(UUID caseId) throws Exception {
		mvc.perform(post("/casework/cases/" + caseId + "/threads").param("subject", "Tapaaminen").param("body", "Sopiiko tiistai?")
			.with(user(users.loadUserByUsername("worker"))).with(csrf())).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from casework.message_thread where case_id = :case order by started_at desc limit 1").param("case", caseId)
			.query(UUID.class).single();
	}

	private long denials(String username) {
		return jdbc.sql("select count(*) from consent.access_log where actor = :actor and action = 'DENIED'").param("actor", username).query(Long.class).single();
	}
}
