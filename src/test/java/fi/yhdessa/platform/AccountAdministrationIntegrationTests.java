package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("admin")
class AccountAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void opensAStaffAccountWithARoleInAUnitMailsALinkAndRecordsWhoAndWhy() throws Exception {
		AccountSummary supervisor = accounts.findByUsername("supervisor").orElseThrow();
		mvc.perform(opening("anni.avaus", "Anni Avaus", "anni.avaus@example.fi", supervisor, LocalDate.now().toString(), ""))
			.andExpect(status().is3xxRedirection());

		AccountSummary opened = accounts.findByUsername("anni.avaus").orElseThrow();
		assertThat(opened.roles()).containsExactly(Role.RESPONSIBLE_WORKER);
		assertThat(opened.unitId()).isEqualTo(supervisor.unitId());
		assertThat(opened.organisationId()).isEqualTo(supervisor.organisationId());
		assertThat(jdbc.sql("select actor || ' ' || action || ' ' || reason from platform.security_log where account_id = ?").param(opened.id().value())
			.query(String.class).list()).containsExactly("admin CREATED new family worker from January");
		assertThat(jdbc.sql("select body from platform.mail_outbox where recipient = 'anni.avaus@example.fi'").query(String.class).single())
			.contains("/password/reset?token=");
		assertThat(users.loadUserByUsername("anni.avaus").isEnabled()).isTrue();
		mvc.perform(get("/admin/accounts/" + opened.id().value()))
			.andExpect(content().string(containsString("Tunnus avattu")))
			.andExpect(content().string(containsString("new family worker from January")));
	}

	@Test
	void refusesATakenUsernameAndAnEndBeforeTheStartKeepingWhatWasTyped() throws Exception {
		AccountSummary supervisor = accounts.findByUsername("supervisor").orElseThrow();
		mvc.perform(opening("worker", "Toinen Veera", "toinen@example.fi", supervisor, "2027-02-01", "2027-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Käyttäjätunnus on jo käytössä.")))
			.andExpect(content().string(containsString("Päättymispäivä on ennen alkamispäivää.")))
			.andExpect(content().string(containsString("value=\"Toinen Veera\"")))
			.andExpect(content().string(containsString("value=\"toinen@example.fi\"")));
		mvc.perform(opening("", "", "not an address", supervisor, "", "").param("lang", "sv"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Den här uppgiften behövs.")))
			.andExpect(content().string(containsString("Ange e-postadressen i formen")));
	}

	@Test
	void refusesToCloseAnAccountThatIsStillResponsibleForOpenCases() throws Exception {
		UUID worker = accounts.findByUsername("worker").orElseThrow().id().value();
		mvc.perform(post("/admin/accounts/" + worker + "/disable").param("reason", "leaves the county").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tunnusta ei voi vielä sulkea")))
			.andExpect(content().string(containsString("avointa asiakkuutta")))
			.andExpect(content().string(containsString("value=\"leaves the county\"")));
		assertThat(users.loadUserByUsername("worker").isEnabled()).isTrue();
	}

	@Test
	void closesAnAccountWithoutWorkAndItsHolderCannotSignInButItsHistoryStays() throws Exception {
		AccountId id = accounts.register(NewAccount.staff("lasse.lahtija", "a long password", "Lasse Lähtijä", Set.of(Role.GUIDANCE_WORKER), null, null));
		mvc.perform(post("/admin/accounts/" + id.value() + "/disable").param("reason", "").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tämä tieto tarvitaan.")));
		mvc.perform(post("/admin/accounts/" + id.value() + "/disable").param("reason", "moved to another county").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(users.loadUserByUsername("lasse.lahtija").isEnabled()).isFalse();
		assertThat(accounts.find(id)).get().extracting(AccountSummary::displayName).isEqualTo("Lasse Lähtijä");
		mvc.perform(post("/admin/accounts/" + id.value() + "/enable").param("reason", "came back").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(users.loadUserByUsername("lasse.lahtija").isEnabled()).isTrue();
		assertThat(jdbc.sql("select action from platform.security_log where account_id = ? order by sequence").param(id.value()).query(String.class).list())
			.containsExactly("DISABLED", "ENABLED");
	}

	@Test
	void aRoleThatHasEndedNoLongerSignsInAndAnEarlierAccountKeepsItsRolesWhenGivenANewOne() throws Exception {
		AccountSummary supervisor = accounts.findByUsername("supervisor").orElseThrow();
		AccountId id = accounts.register(NewAccount.staff("olli.ohjaaja", "a long password", "Olli Ohjaaja", Set.of(Role.GUIDANCE_WORKER), null, null));
		mvc.perform(post("/admin/accounts/" + id.value() + "/memberships").param("role", "SUPERVISOR")
			.param("workplace", supervisor.organisationId() + "/" + supervisor.unitId()).param("startsOn", LocalDate.now().toString())
			.param("reason", "leads the team").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(accounts.find(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.GUIDANCE_WORKER, Role.SUPERVISOR);

		jdbc.sql("update platform.account_membership set starts_on = starts_on - 10, ends_on = current_date - 1 where account_id = ?").param(id.value()).update();
		assertThat(users.loadUserByUsername("olli.ohjaaja").isEnabled()).as("no role in force").isFalse();
	}

	@Test
	void forcingANewPasswordStopsTheOldOneAndSendsALink() throws Exception {
		AccountId id = accounts.register(NewAccount.staff("pia.pakko", "the old password", "Pia Pakko", Set.of(Role.GUIDANCE_WORKER), null, null)
			.withEmail("pia.pakko@example.fi"));
		jdbc.sql("""
				insert into platform.spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name)
				values ('pia-session-primary-000000000000000', 'pia-session-000000000000000000000000', 0, 0, 1800, 9999999999999, 'pia.pakko')""").update();
		mvc.perform(post("/admin/accounts/" + id.value() + "/password-reset").param("reason", "password seen on a note").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from platform.spring_session where principal_name = 'pia.pakko'").query(Long.class).single())
			.as("the holder's sessions ended").isZero();
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login").user("pia.pakko")
			.password("the old password")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?error=bad"));
		assertThat(jdbc.sql("select count(*) from platform.mail_outbox where recipient = 'pia.pakko@example.fi'").query(Long.class).single()).isOne();
	}

	@Test
	void anAdministratorNeitherClosesNorForcesTheirOwnAccount() throws Exception {
		UUID admin = accounts.findByUsername("admin").orElseThrow().id().value();
		mvc.perform(post("/admin/accounts/" + admin + "/password-reset").param("reason", "testing").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Omaa salasanaa ei pakoteta vaihtoon täältä")));
		mvc.perform(post("/admin/accounts/" + admin + "/disable").param("reason", "testing").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Omaa tunnusta ei voi sulkea.")));
	}

	@Test
	void listsAccountsWithTheirWorkplaceFindsByNameAndShowsTheSecurityLog() throws Exception {
		mvc.perform(get("/admin/accounts").param("q", "veera"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Veera Vastuutyöntekijä")))
			.andExpect(content().string(containsString("Perhesosiaalityö, pohjoinen alue")));
		mvc.perform(get("/admin/security-log")).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("worker")
	void refusesEveryoneButTheAdministrator() throws Exception {
		UUID worker = accounts.findByUsername("worker").orElseThrow().id().value();
		mvc.perform(get("/admin/accounts/" + worker)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/" + worker + "/disable").param("reason", "x").with(csrf())).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder opening(String username, String name, String email, AccountSummary place, String starts, String ends) {
		return post("/admin/accounts").param("username", username)
			.param("displayName", name)
			.param("email", email)
			.param("language", "fi")
			.param("role", "RESPONSIBLE_WORKER")
			.param("workplace", place.organisationId() + "/" + place.unitId())
			.param("startsOn", starts)
			.param("endsOn", ends)
			.param("reason", "new family worker from January")
			.with(csrf());
	}
}
