package fi.yhdessa.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The names of staff for pages that recorded who did something by username: in a template,
 * {@code ${@personNames.of(entry.by())}}. A username with no staff account behind it (a system
 * job, a resident's own account) is shown as it is. Names are kept for a few minutes, so that a
 * list of a hundred rows asks the database once per person, not once per row.
 */
@Component("personNames")
public class PersonNames {

	private static final Duration KEPT = Duration.ofMinutes(5);
	private static final int MOST = 10_000;

	private record Known(String name, Instant at) {
	}

	private final Accounts accounts;
	private final InstantSource clock;
	private final Map<String, Known> known = new ConcurrentHashMap<>();

	PersonNames(Accounts accounts, InstantSource clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The staff member's name, or the username as it is. */
	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		Instant now = clock.instant();
		Known found = known.get(username);
		if (found == null || found.at().plus(KEPT).isBefore(now)) {
			if (known.size() > MOST) {
				known.clear();
			}
			found = new Known(lookUp(username).orElse(username), now);
			known.put(username, found);
		}
		return found.name();
	}

	/** The name with the username after it, for those who search by username: "Veera Vastuutyöntekijä (worker)". */
	public String withUsername(String username) {
		String name = of(username);
		return name.equals(username) ? name : name + " (" + username + ")";
	}

	private Optional<String> lookUp(String username) {
		return accounts.findByUsername(username).filter(account -> account.roles().stream().anyMatch(Role::isStaff)).map(AccountSummary::displayName);
	}
}
