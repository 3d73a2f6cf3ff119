package fi.yhdessa.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from one
 * address, within a window, further attempts are refused until the window has passed. The
 * attempts are kept in the database, so every node of a cluster counts the same.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;
	private final InstantSource clock;
	private final int maxFailuresPerUsername;
	private final int maxFailuresPerAddress;
	private final Duration window;

	SignInThrottle(JdbcClient jdbc, InstantSource clock,
			@Value("${yhdessa.sign-in.max-failures-per-username:5}") int maxFailuresPerUsername,
			@Value("${yhdessa.sign-in.max-failures-per-address:30}") int maxFailuresPerAddress,
			@Value("${yhdessa.sign-in.window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailuresPerUsername = maxFailuresPerUsername;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.window = window;
	}

	Duration window() {
		return window;
	}

	@Transactional(readOnly = true)
	boolean isThrottled(String username, String address) {
		Instant since = clock.instant().minus(window);
		long byUsername = jdbc.sql("select count(*) from platform.sign_in_attempt where username = :username and not succeeded and attempted_at > :since")
			.param("username", username)
			.param("since", java.sql.Timestamp.from(since))
			.query(Long.class)
			.single();
		if (byUsername >= maxFailuresPerUsername) {
			return true;
		}
		long byAddress = jdbc.sql("select count(*) from platform.sign_in_attempt where remote_address = :address and not succeeded and attempted_at > :since")
			.param("address", address)
			.param("since", java.sql.Timestamp.from(since))
			.query(Long.class)
			.single();
		return byAddress >= maxFailuresPerAddress;
	}

	/** Recorded in its own transaction so that a failing sign-in still leaves its trace. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(String username, String address, boolean succeeded) {
		jdbc.sql("insert into platform.sign_in_attempt (username, remote_address, succeeded, attempted_at) values (:username, :address, :succeeded, :at)")
			.param("username", username)
			.param("address", address)
			.param("succeeded", succeeded)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	/** A sign-in attempt, for the administrator's view of an account. */
	record Attempt(Instant at, String address, boolean succeeded) {
	}

	/** The latest attempts to sign in with a username, the newest first. */
	@Transactional(readOnly = true)
	List<Attempt> recent(String username, int limit) {
		return jdbc.sql("select * from platform.sign_in_attempt where username = :username order by attempted_at desc limit :limit")
			.param("username", username)
			.param("limit", limit)
			.query((rs, n) -> new Attempt(rs.getTimestamp("attempted_at").toInstant(), rs.getString("remote_address"), rs.getBoolean("succeeded")))
			.list();
	}

	/** The usernames that are locked now: too many failed attempts within the window. */
	@Transactional(readOnly = true)
	List<String> locked() {
		return jdbc.sql("""
				select username from platform.sign_in_attempt where not succeeded and attempted_at > :since
				group by username having count(*) >= :max order by username limit 200""")
			.param("since", java.sql.Timestamp.from(clock.instant().minus(window)))
			.param("max", maxFailuresPerUsername)
			.query(String.class)
			.list();
	}
}
