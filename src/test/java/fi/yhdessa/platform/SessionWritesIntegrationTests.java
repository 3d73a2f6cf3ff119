package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SessionWritesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SessionWrites sessions;

	@Test
	void writesTheTimeOfLastAccessOnlyWhenItMovedByAStep() throws Exception {
		Cookie session = signIn();
		long signedIn = lastAccess(session);

		mvc.perform(get("/casework").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/casework").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(session)).as("pages within a minute of the last write").isEqualTo(signedIn);

		long stale = signedIn - SessionWrites.LAST_ACCESS_STEP.toMillis() - 1_000;
		jdbc.sql("update platform.spring_session set last_access_time = :t where session_id = :id").param("t", stale).param("id", id(session)).update();
		mvc.perform(get("/casework").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(session)).as("a page a step after the stored time").isGreaterThan(stale + SessionWrites.LAST_ACCESS_STEP.toMillis());
	}

	@Test
	void stillWritesWhatARequestChangesAndEndsTheSessionOnSignOut() throws Exception {
		Cookie session = signIn();
		String before = jdbc.sql("select principal_name from platform.spring_session where session_id = :id").param("id", id(session)).query(String.class).single();
		assertThat(before).isEqualTo("worker");

		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from platform.spring_session where session_id = :id").param("id", id(session)).query(Long.class).single())
			.isZero();
	}

	@Test
	void answersNoRequestWithASessionEndedElsewhereAfterTheLastOne() throws Exception {
		Cookie session = signIn();
		mvc.perform(get("/casework").cookie(session)).andExpect(status().isOk());

		jdbc.sql("delete from platform.spring_session where session_id = :id").param("id", id(session)).update();
		mvc.perform(get("/casework").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceedAndTheLastSaveHolds() throws Exception {
		String id = id(signIn());
		SessionWrites.Kept first = sessions.findById(id);
		SessionWrites.Kept second = sessions.findById(id);
		first.setAttribute("notice", "first");
		second.setAttribute("notice", "second");

		sessions.save(first);
		sessions.save(second);
		sessions.forgetSaved();

		assertThat((String) sessions.findById(id).getAttribute("notice")).isEqualTo("second");
	}

	@Test
	void aSaveThatFailsHalfWayLeavesNoSessionBehind() {
		SessionWrites.Kept session = sessions.createSession();
		session.setAttribute("cannot be stored", new Object());

		assertThatThrownBy(() -> sessions.save(session)).as("an attribute that cannot be serialised").isNotNull();
		sessions.forgetSaved();

		assertThat(jdbc.sql("select count(*) from platform.spring_session where session_id = :id").param("id", session.getId()).query(Long.class).single())
			.as("the session's row, written before its attributes").isZero();
	}

	private Cookie signIn() throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user("worker").password("demo")).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private long lastAccess(Cookie session) {
		return jdbc.sql("select last_access_time from platform.spring_session where session_id = :id").param("id", id(session)).query(Long.class).single();
	}

	/** The cookie carries the session's id in Base64. */
	private static String id(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
	}
}
