package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Commands;
import fi.yhdessa.casework.access.GuardianRestrictions;
import fi.yhdessa.casework.access.Refusal;
import fi.yhdessa.casework.messages.Messages;
import fi.yhdessa.casework.plan.CaseRecords;
import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.NewAccount;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import fi.yhdessa.testing.HttpVisitor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A young person of 16 hides parts of their own case from their guardian once the worker has
 * recorded that the Social Welfare Client Act 812/2000 §11 allows it: the guardian is refused those
 * parts everywhere (each refusal logged), gets no mail of hidden messages, and their report leaves
 * the case out; the young person, the worker and an ended record see everything again.
 */
@CaseworkTest
class GuardianRestrictionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	CaseRecords records;

	@Autowired
	Messages messages;

	@Autowired
	FamilyPortal portal;

	@Autowired
	GuardianRestrictions restrictions;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYoungPersonHidesThePlanAndMessagesFromTheirGuardianOnlyWhileTheWorkersRecordAllowsIt() {
		SignedInUser worker = (SignedInUser) users.loadUserByUsername("worker");
		LocalDate born = LocalDate.now().minusYears(16);
		String youngCode = Families.code(born);
		UUID caseId = cases.open(worker, new Commands.OpenCase("Salonen", "801", List.of(
				new Commands.NewMember("Sari", "Salonen", Families.code(LocalDate.of(1982, 3, 4)), Member.Relation.GUARDIAN),
				new Commands.NewMember("Sanni", "Salonen", youngCode, Member.Relation.CHILD)), youngCode, ClientCase.Origin.DIRECT, null, null, null, null));
		UUID family = jdbc.sql("select family_id from casework.client_case where id = ?").param(caseId).query(UUID.class).single();
		SignedInUser guardian = resident("salonen-huoltaja", family, Member.Relation.GUARDIAN);
		SignedInUser young = resident("salonen-nuori", family, Member.Relation.CHILD);
		records.writePlan(worker, caseId, new Commands.WritePlan(List.of("Koulupäivät sujuvat"), List.of(), List.of(), null));
		UUID thread = messages.start(young, caseId, "Oma asia", "Voinko puhua kahden kesken?", List.of());

		assertThatThrownBy(() -> portal.hideFromGuardians(young, caseId, Set.of(HiddenPart.PLAN))).as("no record yet")
			.isInstanceOf(Refusal.NotFound.class);
		assertThatThrownBy(() -> restrictions.record(worker, caseId, " ")).isInstanceOf(Problem.class).hasMessage("restriction.error.grounds");
		assertThatThrownBy(() -> restrictions.record(young, caseId, "Nuori itse")).isInstanceOf(Refusal.class);
		restrictions.record(worker, caseId, "Nuori on kypsä arvioimaan asiaa, ja tietojen antaminen kotiin vaarantaisi hänen turvallisuutensa.");
		portal.hideFromGuardians(young, caseId, EnumSet.of(HiddenPart.PLAN, HiddenPart.MESSAGES));

		long denied = denials("salonen-huoltaja");
		assertThatThrownBy(() -> portal.plan(guardian, caseId)).isInstanceOf(Refusal.NotFound.class);
		assertThatThrownBy(() -> portal.threads(guardian, caseId)).isInstanceOf(Refusal.NotFound.class);
		assertThatThrownBy(() -> portal.thread(guardian, thread)).isInstanceOf(Refusal.NotFound.class);
		assertThatThrownBy(() -> portal.startThread(guardian, caseId, "Kysymys", "Mitä on sovittu?", List.of())).isInstanceOf(Refusal.NotFound.class);
		assertThat(denials("salonen-huoltaja") - denied).isEqualTo(4);
		assertThat(jdbc.sql("select basis from consent.access_log where actor = 'salonen-huoltaja' and action = 'DENIED' order by sequence desc limit 1")
			.query(String.class).single()).contains("812/2000 §11");

		FamilyPortal.CaseSummary seenByGuardian = summary(guardian, caseId);
		assertThat(seenByGuardian.plan()).isNull();
		assertThat(seenByGuardian.planHidden()).isTrue();
		assertThat(seenByGuardian.messagesHidden()).isTrue();
		assertThat(seenByGuardian.teamHidden()).isFalse();
		assertThat(seenByGuardian.mayHide()).isFalse();
		assertThat(portal.recordsHiddenFrom(guardian, family)).contains(caseId.toString(), thread.toString());
		FamilyPortal.CaseSummary seenByYoung = summary(young, caseId);
		assertThat(seenByYoung.mayHide()).isTrue();
		assertThat(seenByYoung.hiddenFromGuardians()).containsExactlyInAnyOrder(HiddenPart.PLAN, HiddenPart.MESSAGES);
		assertThat(portal.plan(young, caseId).versions()).hasSize(1);
		assertThat(portal.recordsHiddenFrom(young, family)).isEmpty();

		messages.reply(worker, thread, "Voidaan. Tavataan koululla torstaina.", List.of());
		assertThat(mailsTo("salonen-huoltaja@example.fi")).as("no mail of hidden messages").isZero();
		assertThat(mailsTo("salonen-nuori@example.fi")).isPositive();

		HttpVisitor guardianPages = new HttpVisitor(port);
		guardianPages.signIn("salonen-huoltaja", "salasana-testi");
		assertThat(guardianPages.get("/my").body()).contains("Osa tästä asiasta ei näy huoltajille").doesNotContain("/my/cases/" + caseId + "/plan");
		assertThat(guardianPages.get("/my/cases/" + caseId + "/messages").statusCode()).isEqualTo(404);
		assertThat(guardianPages.get("/my/families/" + family + "/access-log").statusCode()).isEqualTo(200);
		HttpVisitor youngPages = new HttpVisitor(port);
		youngPages.signIn("salonen-nuori", "salasana-testi");
		assertThat(youngPages.get("/my").body()).contains("Mitä huoltajasi eivät näe");
		youngPages.postForm("/my/cases/" + caseId + "/hidden", "/my", "parts", "MESSAGES");
		assertThat(portal.plan(guardian, caseId).versions()).as("the plan is shown again").hasSize(1);
		HttpVisitor workerPages = new HttpVisitor(port);
		workerPages.signIn("worker", "demo");
		assertThat(workerPages.get("/casework/cases/" + caseId + "?open=restriction").body()).contains("Huoltajilta piilotettu: Viestit.");

		restrictions.end(worker, caseId);
		assertThat(portal.threads(guardian, caseId)).extracting(MessageThread::id).contains(thread);
		assertThatThrownBy(() -> portal.hideFromGuardians(young, caseId, Set.of(HiddenPart.TEAM))).isInstanceOf(Refusal.NotFound.class);
	}

	private SignedInUser resident(String username, UUID family, Member.Relation relation) {
		UUID resident = UUID.randomUUID();
		accounts.register(new NewAccount(null, username, "salasana-testi", username, username + "@example.fi", EnumSet.of(Role.RESIDENT), null, null,
				resident, "fi"));
		jdbc.sql("update casework.member set resident_id = ? where family_id = ? and relation = ?").params(resident, family, relation.name()).update();
		return (SignedInUser) users.loadUserByUsername(username);
	}

	private FamilyPortal.CaseSummary summary(SignedInUser user, UUID caseId) {
		return portal.familiesOf(user).stream().flatMap(f -> f.cases().stream()).filter(s -> s.clientCase().id().equals(caseId)).findFirst().orElseThrow();
	}

	private long denials(String actor) {
		return jdbc.sql("select count(*) from consent.access_log where actor = ? and action = 'DENIED'").param(actor).query(Long.class).single();
	}

	private long mailsTo(String address) {
		return jdbc.sql("select count(*) from platform.mail_outbox where recipient = ?").param(address).query(Long.class).single();
	}
}
