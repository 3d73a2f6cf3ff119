package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.Worklist;
import fi.yhdessa.casework.handoff.Handoffs;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.DatabaseOwner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The casework API as integrations use it: refusals without leaks, the hand-off race, consent withdrawal, the client records and reminders. */
@CaseworkTest
@AutoConfigureMockMvc
class CaseworkApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	AccessLog accessLog;

	@Autowired
	Handoffs handoffs;

	@Autowired
	Worklist worklist;

	@Autowired
	Network network;

	@Autowired
	TransactionTemplate transactions;

	ApiCalls api;

	@BeforeEach
	void calls() {
		api = new ApiCalls(mvc, users, network, jdbc);
	}

	@Test
	void aCaseOpenedThroughTheApiIsReadBackWithItsFamilyAndTheReadIsLoggedOnce() throws Exception {
		UUID id = api.open("worker", "Avoin");
		long before = api.logSize();
		JsonNode view = ApiCalls.json(api.call(get("/api/v1/cases/" + id), "worker").andExpect(status().isOk()));
		assertThat(view.at("/clientCase/reference").asString()).matches("AS-\\d{4}-\\d{6}");
		assertThat(view.at("/members")).hasSize(2);
		assertThat(view.at("/responsibilities/0/reason").asString()).isEqualTo("@responsibility.opened");
		assertThat(api.logSize() - before).isEqualTo(1);
		assertThat(jdbc.sql("select actor || ' ' || action || ' ' || record_kind from consent.access_log order by sequence desc limit 1").query(String.class).single())
			.isEqualTo("worker READ casework.case");
	}

	@Test
	void anInvalidIdentityCodeIsRefusedWithTheReasonInTheCallersLanguageAndNothingIsSaved() throws Exception {
		long families = jdbc.sql("select count(*) from casework.family").query(Long.class).single();
		String body = """
				{"familyName": "Virhe", "municipality": "801", "members": [
				  {"firstNames": "Lapsi", "lastName": "Virhe", "personalIdentityCode": "010119A900X", "relation": "CHILD"}]}
				""";
		api.call(post("/api/v1/cases").content(body).header("Accept-Language", "sv"), "worker").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Kontrollera personbeteckningen: formatet eller kontrolltecknet stämmer inte."))
			.andExpect(jsonPath("$.code").value("case.error.identityCode"));
		assertThat(jdbc.sql("select count(*) from casework.family").query(Long.class).single()).isEqualTo(families);
	}

	@Test
	void everyEndpointThatTakesAnIdRefusesAnotherFamilysId() throws Exception {
		UUID mine = api.open("worker", "Oma");
		UUID theirs = api.open("worker2", "Toinen");
		UUID assessment = ApiCalls.created(api.call(post("/api/v1/cases/" + theirs + "/assessments").content("{\"specialSupport\": true}"), "worker2"));
		UUID entry = ApiCalls.created(api.call(post("/api/v1/cases/" + theirs + "/journal").content("{\"body\": \"Toisen perheen merkintä.\"}"), "worker2"));
		UUID consent = ApiCalls.created(api.call(post("/api/v1/consents").content("""
				{"caseId": "%s", "givenBy": "Testi Toinen", "recipientOrganisation": "%s", "decision": "CONSENT", "scope": "ANY"}
				""".formatted(theirs, api.account("ngo").organisationId())), "worker2"));
		UUID handoff = ApiCalls.created(api.call(post("/api/v1/handoffs").content("""
				{"caseId": "%s", "toUnit": "%s", "context": "Perhe tarvitsee perheneuvolan tukea.", "legalBasis": "SHL 1301/2014 §41"}
				""".formatted(theirs, api.counselling())), "worker2"));
		String worker2 = api.account("worker2").id().value().toString();

		List<MockHttpServletRequestBuilder> others = List.of(get("/api/v1/cases/" + theirs),
				put("/api/v1/cases/" + theirs + "/responsible-worker").content("{\"worker\": \"%s\", \"reason\": \"siirto\"}".formatted(worker2)),
				post("/api/v1/cases/" + theirs + "/team").content("{\"worker\": \"%s\", \"teamRole\": \"x\", \"legalBasis\": \"y\"}".formatted(worker2)),
				post("/api/v1/cases/" + theirs + "/assessments").content("{\"specialSupport\": false}"),
				put("/api/v1/cases/" + theirs + "/assessments/" + assessment).content("{\"familyView\": \"x\"}"),
				put("/api/v1/cases/" + mine + "/assessments/" + assessment).content("{\"familyView\": \"x\"}"),
				put("/api/v1/cases/" + theirs + "/plan").content("{\"goals\": [\"x\"]}"),
				post("/api/v1/cases/" + theirs + "/plan/agreement").content("{\"version\": 1}"),
				post("/api/v1/cases/" + theirs + "/journal").content("{\"body\": \"x\"}"),
				post("/api/v1/cases/" + theirs + "/close").content("{\"reason\": \"x\", \"outcome\": \"NO_NEED\"}"),
				get("/api/v1/cases/" + theirs + "/access-log"),
				post("/api/v1/handoffs").content("{\"caseId\": \"%s\", \"toUnit\": \"%s\", \"context\": \"Toisen perheen siirto.\", \"legalBasis\": \"x\"}"
					.formatted(theirs, api.counselling())),
				get("/api/v1/handoffs/" + handoff), post("/api/v1/handoffs/" + handoff + "/accept"),
				post("/api/v1/handoffs/" + handoff + "/decline").content("{\"reason\": \"x\"}"),
				post("/api/v1/handoffs/" + handoff + "/complete").content("{\"firstMeetingOn\": \"%s\"}".formatted(LocalDate.now())),
				post("/api/v1/consents").content("{\"caseId\": \"%s\", \"givenBy\": \"x\", \"recipientOrganisation\": \"%s\", \"decision\": \"CONSENT\", \"scope\": \"ANY\"}"
					.formatted(theirs, api.account("ngo").organisationId())),
				delete("/api/v1/consents/" + consent), post("/api/v1/break-glass/" + breakGlass(theirs) + "/review"));
		for (MockHttpServletRequestBuilder request : others) {
			long denied = api.denials();
			api.call(request.header("Accept-Language", "en"), "worker").andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No such resource."));
			assertThat(api.denials()).as("a DENIED entry for %s", request).isGreaterThan(denied);
		}
		// A correction may only point at an entry of the same case.
		api.call(post("/api/v1/cases/" + mine + "/journal").content("{\"body\": \"Korjaus.\", \"corrects\": \"%s\"}".formatted(entry)), "worker")
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select status from casework.handoff where id = :id").param("id", handoff).query(String.class).single()).isEqualTo("PROPOSED");
		assertThat(jdbc.sql("select withdrawn_at is null from consent.consent where id = :id").param("id", consent).query(Boolean.class).single()).isTrue();
	}

	/** A break-glass use of the case by worker2, written directly. */
	private UUID breakGlass(UUID caseId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into casework.break_glass (id, case_id, actor, actor_name, unit_id, reason, opened_at, expires_at)
				values (:id, :case, :actor, 'Testi', :unit, 'Testin poikkeuksellinen pääsy.', now(), now() + interval '1 hour')
				""")
			.param("id", id)
			.param("case", caseId)
			.param("actor", api.account("worker2").id().value())
			.param("unit", api.account("worker2").unitId())
			.update();
		return id;
	}

	@Test
	void ofManySimultaneousAnswersToOneHandoffExactlyOneWins() throws Exception {
		UUID caseId = api.open("worker", "Kilpa");
		UUID handoff = ApiCalls.created(api.call(post("/api/v1/handoffs").content("""
				{"caseId": "%s", "toUnit": "%s", "context": "Perhe muuttaa eteläiselle alueelle.", "legalBasis": "SHL 1301/2014 §42", "transfer": true}
				""".formatted(caseId, api.account("worker2").unitId())), "worker"));
		SignedInUser receiver = api.account("worker2");
		int answers = 8;
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger won = new AtomicInteger();
		AtomicInteger lost = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(answers)) {
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < answers; i++) {
				boolean accept = i % 2 == 0;
				all.add(pool.submit(() -> {
					start.await();
					try {
						if (accept) {
							handoffs.accept(receiver, handoff);
						}
						else {
							handoffs.decline(receiver, handoff, new Commands.Decline("Ei tilaa tällä viikolla."));
						}
						won.incrementAndGet();
					}
					catch (AlreadyAnswered e) {
						lost.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : all) {
				future.get();
			}
		}
		assertThat(won.get()).isEqualTo(1);
		assertThat(lost.get()).isEqualTo(answers - 1);
		String status = jdbc.sql("select status from casework.handoff where id = :id").param("id", handoff).query(String.class).single();
		UUID responsible = jdbc.sql("select responsible_worker from casework.client_case where id = :id").param("id", caseId).query(UUID.class).single();
		assertThat(responsible).isEqualTo(status.equals("ACCEPTED") ? receiver.id().value() : api.account("worker").id().value());
		api.call(post("/api/v1/handoffs/" + handoff + "/accept"), "worker2").andExpect(status().isConflict());
	}

	@Test
	void aHandoffDeclinedByAnNgoReturnsToTheSenderWhoStaysResponsibleAndIsCountedInTheBounceFigure() throws Exception {
		UUID caseId = api.open("worker", "Pomppu");
		UUID ngo = api.account("ngo").organisationId();
		String handoffToNgo = """
				{"caseId": "%s", "toOrganisation": "%s", "context": "Perhe toivoo vertaistukea vauvaperheiden ryhmästä."}
				""".formatted(caseId, ngo);
		api.call(post("/api/v1/handoffs").content(handoffToNgo), "worker").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("handoff.error.consent"));
		ApiCalls.created(api.call(post("/api/v1/consents").content("""
				{"caseId": "%s", "givenBy": "Testi Pomppu", "recipientOrganisation": "%s", "decision": "CONSENT", "scope": "ANY"}
				""".formatted(caseId, ngo)), "worker"));
		UUID first = ApiCalls.created(api.call(post("/api/v1/handoffs").content(handoffToNgo), "worker"));
		api.call(post("/api/v1/handoffs/" + first + "/decline").content("{\"reason\": \"\"}"), "ngo").andExpect(status().isUnprocessableContent());
		api.call(post("/api/v1/handoffs/" + first + "/decline").content("{\"reason\": \"Ryhmä on täynnä keväälle.\"}"), "ngo").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		JsonNode list = ApiCalls.json(api.call(get("/api/v1/worklist"), "worker").andExpect(status().isOk()));
		assertThat(list.at("/items/items").valueStream().filter(i -> i.at("/itemId").asString().equals(first.toString())).map(i -> i.at("/kind").asString()))
			.containsExactly("HANDOFF_RETURNED");
		UUID second = ApiCalls.created(api.call(post("/api/v1/handoffs").content("""
				{"caseId": "%s", "toUnit": "%s", "context": "Perhe tarvitsee perheneuvolan tukea.", "legalBasis": "SHL 1301/2014 §41", "replaces": "%s"}
				""".formatted(caseId, api.account("worker2").unitId(), first)), "worker"));
		assertThat(ApiCalls.json(api.call(get("/api/v1/cases/" + caseId), "worker")).at("/clientCase/responsibleWorker").asString())
			.isEqualTo(api.account("worker").id().value().toString());
		api.call(post("/api/v1/handoffs/" + second + "/accept"), "worker2").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		JsonNode view = ApiCalls.json(api.call(get("/api/v1/cases/" + caseId), "worker"));
		assertThat(view.at("/bounces/declined").asInt()).isEqualTo(1);
		assertThat(view.at("/bounces/rerouted").asInt()).isEqualTo(1);
		assertThat(view.at("/team").valueStream().map(t -> t.at("/workerName").asString())).contains("Ville Vastuutyöntekijä");
		api.call(post("/api/v1/handoffs/" + second + "/complete").content("{\"firstMeetingOn\": \"%s\"}".formatted(LocalDate.now(ZoneId.of("Europe/Helsinki")))),
				"worker2").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
	}

	@Test
	void withdrawingTheConsentEndsTheNgoTeamMembersAccessAtTheirNextRequest() throws Exception {
		UUID caseId = api.open("worker", "Suostumus");
		SignedInUser ngo = api.account("ngo");
		api.call(post("/api/v1/cases/" + caseId + "/team").content("{\"worker\": \"%s\", \"teamRole\": \"vertaistuki\"}".formatted(ngo.id().value())), "worker")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("team.error.consent"));
		UUID consent = ApiCalls.created(api.call(post("/api/v1/consents").content("""
				{"caseId": "%s", "givenBy": "Testi Suostumus", "recipientOrganisation": "%s", "decision": "CONSENT", "scope": "TEAMWORK"}
				""".formatted(caseId, ngo.organisationId())), "worker"));
		ApiCalls.created(api.call(post("/api/v1/cases/" + caseId + "/team").content("{\"worker\": \"%s\", \"teamRole\": \"vertaistuki\"}".formatted(ngo.id().value())), "worker"));
		api.call(get("/api/v1/cases/" + caseId), "ngo").andExpect(status().isOk());
		api.call(delete("/api/v1/consents/" + consent), "worker").andExpect(status().isOk()).andExpect(jsonPath("$.withdrawnBy").value("worker"));
		long denied = api.denials();
		api.call(get("/api/v1/cases/" + caseId), "ngo").andExpect(status().isNotFound());
		assertThat(api.denials()).isEqualTo(denied + 1);
	}

	@Test
	void aConsentWithoutItsCaseIsAnsweredWithTheReasonInTheCallersLanguage() throws Exception {
		api.call(post("/api/v1/consents").content("{}").header("Accept-Language", "sv"), "worker")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("consent.error.case"))
			.andExpect(jsonPath("$.detail").value("Ange vilket klientärende samtycket hör till (caseId)."));
	}

	@Test
	void aDenialOutweighsAConsentToTheSameOrganisation() throws Exception {
		UUID caseId = api.open("worker", "Kielto");
		UUID ngo = api.account("ngo").organisationId();
		for (String decision : List.of("CONSENT", "DENIAL")) {
			ApiCalls.created(api.call(post("/api/v1/consents").content("""
					{"caseId": "%s", "givenBy": "Testi Kielto", "recipientOrganisation": "%s", "decision": "%s", "scope": "ANY"}
					""".formatted(caseId, ngo, decision)), "worker"));
		}
		api.call(post("/api/v1/cases/" + caseId + "/team").content("{\"worker\": \"%s\", \"teamRole\": \"vertaistuki\"}".formatted(api.account("ngo").id().value())), "worker")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aChildNeedingSpecialSupportIsAssessedFromTheSeventhWorkingDayAndWithinThreeMonthsAndTheLateStartIsFlagged() throws Exception {
		UUID caseId = api.open("worker", "Arvio");
		LocalDate initiated = LocalDate.now(ZoneId.of("Europe/Helsinki")).minusDays(20);
		UUID assessment = ApiCalls.created(api.call(post("/api/v1/cases/" + caseId + "/assessments")
			.content("{\"initiatedOn\": \"%s\", \"specialSupport\": true, \"participants\": [\"perhesosiaalityö\", \"neuvola\"]}".formatted(initiated)), "worker"));
		JsonNode view = ApiCalls.json(api.call(get("/api/v1/cases/" + caseId), "worker"));
		LocalDate startDue = LocalDate.parse(view.at("/assessments/0/startDue").asString());
		assertThat(startDue).isAfterOrEqualTo(initiated.plusDays(9)).isBeforeOrEqualTo(initiated.plusDays(13));
		assertThat(LocalDate.parse(view.at("/assessments/0/completionDue").asString())).isAfterOrEqualTo(initiated.plusMonths(3));
		JsonNode list = ApiCalls.json(api.call(get("/api/v1/worklist"), "worker"));
		assertThat(list.at("/items/items").valueStream().filter(i -> i.at("/itemId").asString().equals(assessment.toString())).map(i -> i.at("/state").asString()))
			.containsExactly("OVERDUE");
		api.call(put("/api/v1/cases/" + caseId + "/assessments/" + assessment).content("""
				{"startedOn": "%s", "familyView": "Vanhemmat toivovat apua arkeen.", "childView": "Haluan että äiti ei ole surullinen.",
				 "findings": {"DAILY_LIFE": "Aamut ovat vaikeita."}, "completedOn": "%s"}
				""".formatted(initiated.plusDays(5), initiated.plusDays(10))), "worker").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assessment.error.conclusion"));
		api.call(put("/api/v1/cases/" + caseId + "/assessments/" + assessment).content("""
				{"startedOn": "%s", "familyView": "Vanhemmat toivovat apua arkeen.", "childView": "Haluan että äiti ei ole surullinen.",
				 "conclusion": "Perhetyö kotiin.", "servicesNeeded": ["perhetyö"], "childWelfareInvestigation": false, "completedOn": "%s"}
				""".formatted(initiated.plusDays(5), initiated.plusDays(10))), "worker").andExpect(status().isNoContent());
		view = ApiCalls.json(api.call(get("/api/v1/cases/" + caseId), "worker"));
		assertThat(view.at("/assessments/0/childView").asString()).isEqualTo("Haluan että äiti ei ole surullinen.");
		assertThat(view.at("/assessments/0/familyView").asString()).isEqualTo("Vanhemmat toivovat apua arkeen.");
	}

	@Test
	void eachPlanChangeIsANewVersionAndTheAgreementBelongsToOne() throws Exception {
		UUID caseId = api.open("worker", "Suunnitelma");
		String plan = """
				{"goals": ["Aamut sujuvat ilman riitaa"], "measures": [{"service": "perhetyö", "who": "perhetyöntekijä", "byWhen": "%s"}],
				 "commitments": ["Menemme nukkumaan kymmeneltä"], "reviewOn": "%s"}
				""".formatted(LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(3));
		api.call(put("/api/v1/cases/" + caseId + "/plan").content(plan), "worker").andExpect(jsonPath("$.version").value(1));
		api.call(post("/api/v1/cases/" + caseId + "/plan/agreement").content("{\"version\": 1, \"note\": \"Sovittu tapaamisessa.\"}"), "worker")
			.andExpect(status().isNoContent());
		api.call(put("/api/v1/cases/" + caseId + "/plan").content(plan), "worker").andExpect(jsonPath("$.version").value(2));
		api.call(post("/api/v1/cases/" + caseId + "/plan/agreement").content("{\"version\": 1}"), "worker").andExpect(status().isUnprocessableContent());
		JsonNode view = ApiCalls.json(api.call(get("/api/v1/cases/" + caseId), "worker"));
		assertThat(view.at("/plans/0/version").asInt()).isEqualTo(2);
		assertThat(view.at("/plans/0/agreedAt").isNull()).isTrue();
		assertThat(view.at("/plans/1/agreementNote").asString()).isEqualTo("Sovittu tapaamisessa.");
	}

	@Test
	void theJournalIsAppendOnlyAndACorrectionPointsToTheEntryItCorrects() throws Exception {
		UUID caseId = api.open("worker", "Kirjaus");
		UUID first = ApiCalls.created(api.call(post("/api/v1/cases/" + caseId + "/journal").content("{\"body\": \"Tapaaminen tiistaina.\"}"), "worker"));
		UUID correction = ApiCalls.created(api.call(post("/api/v1/cases/" + caseId + "/journal")
			.content("{\"body\": \"Tapaaminen oli keskiviikkona.\", \"corrects\": \"%s\"}".formatted(first)), "worker"));
		assertThat(jdbc.sql("select corrects from casework.journal_entry where id = :id").param("id", correction).query(UUID.class).single()).isEqualTo(first);
		// The platform's role may neither change an entry nor delete a case; the owner of the tables is stopped by the guards.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update casework.journal_entry set body = 'muutettu' where id = :id").param("id", first).update())
			.rootCause().hasMessageContaining("permission denied");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from casework.client_case where id = :id").param("id", caseId).update())
			.rootCause().hasMessageContaining("permission denied");
		JdbcClient owner = DatabaseOwner.sql(flyway);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> owner.sql("update casework.journal_entry set body = 'muutettu' where id = :id").param("id", first).update())
			.hasMessageContaining("append-only");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> owner.sql("delete from casework.client_case where id = :id").param("id", caseId).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void remindersBeforeADeadlineGoOnceEvenWhenTwoNodesRunTheJobAtOnce() throws Exception {
		UUID caseId = api.open("worker", "Muistutus");
		String reference = jdbc.sql("select reference from casework.client_case where id = :id").param("id", caseId).query(String.class).single();
		api.call(put("/api/v1/cases/" + caseId + "/plan").content("{\"goals\": [\"Arki sujuu\"], \"reviewOn\": \"%s\"}"
			.formatted(LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(1))), "worker").andExpect(status().isOk());
		try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
			Future<?> one = nodes.submit(() -> worklist.sendReminders());
			Future<?> two = nodes.submit(() -> worklist.sendReminders());
			one.get();
			two.get();
		}
		worklist.sendReminders();
		assertThat(jdbc.sql("select count(*) from platform.mail_outbox where subject = :subject").param("subject", "Yhdessä: " + reference).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select body from platform.mail_outbox where subject = :subject").param("subject", "Yhdessä: " + reference).query(String.class).single())
			.contains(reference).doesNotContain("Muistutus");
	}

	@Test
	void theOpenApiDescriptionListsTheCaseworkEndpointsWithoutSigningIn() throws Exception {
		String api = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/cases/{id}/responsible-worker", "/api/v1/cases/{id}/team",
				"/api/v1/cases/{id}/assessments", "/api/v1/cases/{id}/plan", "/api/v1/cases/{id}/journal", "/api/v1/handoffs",
				"/api/v1/handoffs/{id}/accept", "/api/v1/handoffs/{id}/decline", "/api/v1/worklist", "/api/v1/cases/{id}/access-log",
				"/api/v1/consents", "/api/v1/consents/{id}");
	}
}
