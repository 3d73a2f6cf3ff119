package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Without the demo profile the platform starts empty and asks for its first administrator, only on the server itself. */
@SpringBootTest(properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_empty" })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdministratorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	@Order(1)
	void startsWithNoDataAndSendsEveryPageToTheSetup() throws Exception {
		assertThat(accounts.count()).isZero();
		mvc.perform(get("/")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk()).andExpect(view().name("platform/setup"));
	}

	@Test
	@Order(2)
	void refusesTheSetupFromAnotherMachine() throws Exception {
		mvc.perform(get("/setup").with(request -> {
			request.setRemoteAddr("192.0.2.10");
			return request;
		})).andExpect(status().isForbidden()).andExpect(view().name("platform/setup-elsewhere"));
	}

	@Test
	@Order(3)
	void keepsWhatWasTypedAndSaysWhatIsWrongNextToTheField() throws Exception {
		mvc.perform(post("/setup").with(csrf()).param("lang", "en").param("username", "chief").param("displayName", "Chief Admin")
			.param("password", "short").param("passwordAgain", "different"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"chief\"")))
			.andExpect(content().string(containsString("value=\"Chief Admin\"")))
			.andExpect(content().string(containsString("The password must have at least 12 characters.")))
			.andExpect(content().string(containsString("The passwords do not match.")));
		assertThat(accounts.count()).isZero();
	}

	@Test
	@Order(4)
	void createsTheFirstAdministratorOnceAndThenClosesTheSetup() throws Exception {
		mvc.perform(post("/setup").with(csrf()).param("username", "chief").param("displayName", "Chief Admin")
			.param("password", "a long enough secret").param("passwordAgain", "a long enough secret"))
			.andExpect(redirectedUrl("/login?setupDone"));
		assertThat(accounts.findByUsername("chief")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.ADMINISTRATOR));
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		mvc.perform(post("/setup").with(csrf()).param("username", "second").param("displayName", "Second")
			.param("password", "a long enough secret").param("passwordAgain", "a long enough secret")).andExpect(status().isNotFound());
		mvc.perform(get("/")).andExpect(status().isOk());
	}
}
