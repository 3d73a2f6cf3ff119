package fi.yhdessa.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = { "yhdessa.demo.load=false", "yhdessa.db.name=yhdessa_from_environment",
		"yhdessa.setup.admin-password=correct horse battery staple" })
@AutoConfigureMockMvc
class FirstAdministratorFromEnvironmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void createsTheFirstAdministratorFromTheEnvironment() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("admin", "correct horse battery staple")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("ADMINISTRATOR"));
		mvc.perform(get("/setup")).andExpect(status().isNotFound());
	}
}
