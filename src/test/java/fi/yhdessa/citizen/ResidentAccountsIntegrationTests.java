package fi.yhdessa.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Residents' own accounts over HTTP: a closed account cannot sign in, links work once, a
 * forgotten password is replaced from the mailed link, and the answers never tell whether an
 * address has an account.
 */
@PortalTest
class ResidentAccountsIntegrationTests {

	static final String PASSWORD = "ensimmäinen salasana";

	@RegisterExtension
	static final GreenMailExtension smtp = PortalMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountOpensOnlyFromTheConfirmationLinkAndTheLinkWorksOnce() throws Exception {
		String email = unique("avaus");
		signUp(email);
		mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(unauthenticated());

		String link = PortalMail.link(smtp, email, "vahvista");
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Vahvista ja avaa tilini")));
		mvc.perform(post("/signup/confirm").param("token", token(link)).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));
		mvc.perform(post("/signup/confirm").param("token", token(link)).with(csrf())).andExpect(status().isGone());
		mvc.perform(formLogin().user(email.toUpperCase(java.util.Locale.ROOT)).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aForgottenPasswordIsReplacedFromTheMailedLinkWhichThenStopsWorking() throws Exception {
		String email = confirmedAccount("unohdus");
		mvc.perform(post("/password/forgot").param("email", email).with(csrf())).andExpect(redirectedUrl("/password/forgot?sent"));
		String link = PortalMail.link(smtp, email, "aseta uusi salasana");
		mvc.perform(get(link)).andExpect(status().isOk());

		mvc.perform(post("/password/reset").param("token", token(link)).param("password", "uusi salasana 2026").param("passwordAgain", "eri salasana 2026")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Salasanat eivät täsmää.")));
		mvc.perform(post("/password/reset").param("token", token(link)).param("password", "uusi salasana 2026").param("passwordAgain", "uusi salasana 2026")
			.with(csrf()))
			.andExpect(redirectedUrl("/login?passwordChanged"));
		mvc.perform(post("/password/reset").param("token", token(link)).param("password", "kolmas salasana 2026").param("passwordAgain", "kolmas salasana 2026")
			.with(csrf()))
			.andExpect(status().isGone());

		mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin().user(email).password("uusi salasana 2026")).andExpect(authenticated());
	}

	@Test
	void theAnswersDoNotTellWhetherAnAddressHasAnAccount() throws Exception {
		String stranger = unique("tuntematon");
		mvc.perform(post("/password/forgot").param("email", stranger).with(csrf())).andExpect(redirectedUrl("/password/forgot?sent"));
		assertThat(mailsTo(stranger)).isZero();

		String owner = confirmedAccount("omistaja");
		int accounts = jdbc.sql("select count(*) from platform.account").query(Integer.class).single();
		signUp(owner);
		assertThat(jdbc.sql("select count(*) from platform.account").query(Integer.class).single()).isEqualTo(accounts);
		assertThat(PortalMail.link(smtp, owner, "tili on jo olemassa")).isEqualTo("/password/forgot");
	}

	@Test
	void aSignUpWithMistakesIsShownAgainWithWhatWasTyped() throws Exception {
		mvc.perform(post("/signup").param("name", "Maija Mallikas").param("email", "ei-osoite").param("password", "lyhyt").param("passwordAgain", "lyhyt")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("value=\"Maija Mallikas\"")))
			.andExpect(content().string(Matchers.containsString("value=\"ei-osoite\"")))
			.andExpect(content().string(Matchers.containsString("muodossa nimi@esimerkki.fi")))
			.andExpect(content().string(Matchers.containsString("Salasanassa on oltava vähintään 12 merkkiä.")));
	}

	@Test
	void anUnknownOrMadeUpLinkIsRefusedWithoutAForm() throws Exception {
		mvc.perform(get("/signup/confirm").param("token", "keksitty")).andExpect(status().isGone());
		mvc.perform(get("/password/reset").param("token", "keksitty")).andExpect(status().isGone());
	}

	private String confirmedAccount(String name) throws Exception {
		String email = unique(name);
		signUp(email);
		String link = PortalMail.link(smtp, email, "vahvista");
		mvc.perform(post("/signup/confirm").param("token", token(link)).with(csrf())).andExpect(redirectedUrl("/login?confirmed"));
		return email;
	}

	private void signUp(String email) throws Exception {
		mvc.perform(post("/signup").param("name", "Testi Asukas").param("email", email).param("password", PASSWORD).param("passwordAgain", PASSWORD)
			.with(csrf()))
			.andExpect(redirectedUrl("/signup/sent"));
	}

	private int mailsTo(String address) {
		return jdbc.sql("select count(*) from platform.mail_outbox where recipient = :address").param("address", address).query(Integer.class).single();
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@perhe.example";
	}
}
