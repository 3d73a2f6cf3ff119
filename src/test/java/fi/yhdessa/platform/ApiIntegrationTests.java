package fi.yhdessa.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API takes the signed-in session with its CSRF token, or HTTP Basic without one, and answers errors as problem details. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void answersAnHttpBasicCallerWithALocalAccount() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("worker", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("worker"))
			.andExpect(jsonPath("$.roles[0]").value("RESPONSIBLE_WORKER"));
	}

	@Test
	void answersAnonymousCallersWithAProblemDetailNotAPage() throws Exception {
		mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void answersWrongCredentialsWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("worker", "not the password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void acceptsTheSignedInSessionWithoutCsrfForReading() throws Exception {
		mvc.perform(get("/api/v1/me").with(user(users.loadUserByUsername("nurse"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("nurse"));
	}

	@Test
	void refusesAChangeFromTheSessionWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/api/v1/me").with(user(users.loadUserByUsername("nurse"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void needsNoCsrfTokenWithHttpBasic() throws Exception {
		// The method is not allowed, which proves the request got past the CSRF check to the API.
		mvc.perform(post("/api/v1/me").with(httpBasic("nurse", "demo"))).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void passesTheCsrfCheckFromTheSessionWithTheToken() throws Exception {
		mvc.perform(post("/api/v1/me").with(user(users.loadUserByUsername("nurse"))).with(csrf()))
			.andExpect(status().isMethodNotAllowed());
	}
}
