package fi.yhdessa.platform;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A platform that starts with no accounts asks for its first administrator: from
 * {@code YHDESSA_ADMIN_PASSWORD} when it is set, otherwise through the one-time setup page that
 * answers only on the server itself.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	static final int MIN_PASSWORD_LENGTH = 12;

	private final Accounts accounts;
	private final String username;
	private final String password;
	private final AtomicBoolean settled = new AtomicBoolean();

	FirstAdministrator(Accounts accounts, @Value("${yhdessa.setup.admin-username:admin}") String username,
			@Value("${yhdessa.setup.admin-password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			settled.set(true);
			return;
		}
		if (!password.isBlank()) {
			create(username, "Administrator", password);
			log.info("Created the first administrator '{}' from YHDESSA_ADMIN_PASSWORD", username);
			return;
		}
		log.warn("No accounts yet. Open /setup in a browser on this machine to create the first administrator, "
				+ "or start with YHDESSA_ADMIN_PASSWORD set.");
	}

	/** Whether the platform still waits for its first administrator. */
	boolean pending() {
		if (settled.get()) {
			return false;
		}
		if (accounts.count() > 0) {
			settled.set(true);
			return false;
		}
		return true;
	}

	@Transactional
	synchronized void create(String name, String displayName, String secret) {
		if (accounts.count() > 0) {
			throw new IllegalStateException("The platform already has accounts");
		}
		accounts.register(NewAccount.staff(name, secret, displayName, EnumSet.of(Role.ADMINISTRATOR), null, null));
		settled.set(true);
	}
}
