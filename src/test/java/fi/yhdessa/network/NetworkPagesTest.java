package fi.yhdessa.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.yhdessa.platform.Accounts;
import fi.yhdessa.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** What the network's page and API tests share: the small region registered, and requests made as one of its accounts. */
@NetworkTest
abstract class NetworkPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void region() {
		NetworkRegion.register(network, accounts, jdbc);
	}

	/** The request as made by the region's account of the role, with its CSRF token. */
	<B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Role role) {
		return request.with(user(users.loadUserByUsername(NetworkRegion.username(role)))).with(csrf());
	}
}
