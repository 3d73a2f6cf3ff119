package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@ParameterizedTest(name = "{0} lands on {1}")
	@CsvSource({ "worker, /casework", "worker2, /casework", "ngo, /casework", "supervisor, /casework?team=true", "guide, /frontdoor/contacts",
			"intake, /frontdoor/notifications", "nurse, /frontdoor/mine", "teacher, /frontdoor/mine", "parent, /my", "parent2, /my",
			"analyst, /insight", "coordinator, /network", "editor, /directory/edit", "auditor, /access-log", "admin, /admin/accounts" })
	void takesEachRoleWhereItsWorkIsAfterSigningIn(String username, String home) throws Exception {
		mvc.perform(formLogin("/login").user(username).password("demo")).andExpect(redirectedUrl(home));
	}

	@Test
	void offersASignedInPersonTheirOwnWorkOnTheFrontPageInsteadOfSigningIn() throws Exception {
		mvc.perform(get("/").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("worker"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"own-work\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Jatka: Työlista")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/login\" class=\"button\""))));
	}

	@Test
	void keepsTheTypedUsernameWhenTheSignInFails() throws Exception {
		var failed = mvc.perform(post("/login").param("username", "worker").param("password", "wrong").with(csrf()).with(from("10.0.0.11")))
			.andExpect(redirectedUrl("/login?error=bad"))
			.andReturn();
		mvc.perform(get("/login").param("error", "bad").cookie(failed.getResponse().getCookie("SESSION")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"worker\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Käyttäjätunnus tai salasana on väärin.")));
	}

	@Test
	void refusesEvenTheRightPasswordAfterRepeatedFailuresAndLogsIt(CapturedOutput output) throws Exception {
		accounts.register(NewAccount.staff("throttle.target", "the right password", "Throttle Target", EnumSet.of(Role.GUIDANCE_WORKER), null, null));
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(post("/login").param("username", "throttle.target").param("password", "guess " + attempt).with(csrf())
				.with(from("10.0.0.12"))).andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(post("/login").param("username", "throttle.target").param("password", "the right password").with(csrf())
			.with(from("10.0.0.12"))).andExpect(redirectedUrl("/login?error=throttled"));
		assertThat(output.getOut()).contains("Sign-in refused by the throttle: username=throttle.target address=10.0.0.12");
		mvc.perform(get("/login").param("error", "throttled").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed attempts.")));
	}

	@Test
	void requiresTheCsrfTokenToSignIn() throws Exception {
		mvc.perform(post("/login").param("username", "worker").param("password", "demo")).andExpect(status().isForbidden());
	}

	@Test
	void startsNoSessionForAnonymousVisitorsOfTheFrontPage() throws Exception {
		var request = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getRequest();
		assertThat(request.getSession(false)).isNull();
	}

	@Test
	void signsOutToTheFrontPage() throws Exception {
		mvc.perform(logout("/logout")).andExpect(redirectedUrl("/?signedOut"));
	}

	@Test
	void asksAnonymousVisitorsOfStaffPagesToSignIn() throws Exception {
		mvc.perform(get("/home")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void saysTheSessionRanOutWhenAnExpiredSessionAsksForAStaffPage() throws Exception {
		String gone = Base64.getEncoder().encodeToString("long-gone".getBytes(StandardCharsets.UTF_8));
		mvc.perform(get("/home").cookie(new Cookie("SESSION", gone))).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", "").param("lang", "sv"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Din session har gått ut. Logga in igen.")));
	}

	@Test
	void returnsToThePageAskedForAfterSigningIn() throws Exception {
		var asked = mvc.perform(get("/network/organisations")).andExpect(redirectedUrl("/login")).andReturn();
		mvc.perform(post("/login").param("username", "coordinator").param("password", "demo").with(csrf())
			.cookie(asked.getResponse().getCookie("SESSION")))
			.andExpect(redirectedUrl("http://localhost/network/organisations?continue"));
	}

	@Test
	@WithUserDetails("parent")
	void refusesResidentsStaffPages() throws Exception {
		mvc.perform(get("/home")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("worker")
	void showsTheStaffHomeWithTheNavigationOfTheRole() throws Exception {
		mvc.perform(get("/home"))
			.andExpect(status().isOk())
			.andExpect(view().name("platform/home"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Perhesosiaalityö, pohjoinen alue")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/network/organisations\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("href=\"/admin/accounts\""))));
	}

	@Test
	@WithUserDetails("admin")
	void showsAdministratorsTheAccountsInPages() throws Exception {
		mvc.perform(get("/home")).andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/admin/accounts\"")));
		mvc.perform(get("/admin/accounts").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("worker2")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Showing 1–")));
	}

	@Test
	@WithUserDetails("worker")
	void refusesAdministrationToOtherStaff() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("worker")
	void marksSignedInPagesNotToBeStoredWithStrictHeaders() throws Exception {
		mvc.perform(get("/home"))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
