package fi.yhdessa.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators did to accounts, with who did it and why: append-only, written in the same
 * transaction as the change so that no change goes unrecorded.
 */
@Service
public class SecurityLog {

	/** What was done to an account. Message key: {@code securityLog.action.NAME}. */
	public enum Action {
		CREATED, EDITED, MEMBERSHIP_ADDED, MEMBERSHIP_ENDED, PASSWORD_RESET_FORCED, DISABLED, ENABLED
	}

	/** One change, the newest first in lists. */
	public record Entry(long sequence, Instant at, String actor, UUID accountId, String username, Action action, String reason, String details) {

		public String actionKey() {
			return "securityLog.action." + action.name();
		}
	}

	private final JdbcClient jdbc;
	private final InstantSource clock;

	SecurityLog(JdbcClient jdbc, InstantSource clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Joins the caller's transaction: the change and its record are committed together or not at all. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(String actor, AccountId account, Action action, String reason, String details) {
		jdbc.sql("insert into platform.security_log (logged_at, actor, account_id, action, reason, details) values (:at, :actor, :account, :action, :reason, :details)")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("account", account.value())
			.param("action", action.name())
			.param("reason", reason)
			.param("details", details == null ? "" : details)
			.update();
	}

	/** Every change, or the changes of one account when {@code account} is given; the newest first. */
	@Transactional(readOnly = true)
	public PageOf<Entry> list(AccountId account, PageRequest page) {
		String where = account == null ? "true" : "l.account_id = :account";
		long total = jdbc.sql("select count(*) from platform.security_log l where " + where)
			.params(account == null ? java.util.Map.of() : java.util.Map.of("account", account.value()))
			.query(Long.class)
			.single();
		List<Entry> rows = jdbc.sql("""
				select l.*, a.username from platform.security_log l left join platform.account a on a.id = l.account_id
				where %s order by l.sequence desc limit :limit offset :offset""".formatted(where))
			.params(account == null ? java.util.Map.of() : java.util.Map.of("account", account.value()))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Entry(rs.getLong("sequence"), rs.getTimestamp("logged_at").toInstant(), rs.getString("actor"),
					rs.getObject("account_id", UUID.class), rs.getString("username"), Action.valueOf(rs.getString("action")),
					rs.getString("reason"), rs.getString("details")))
			.list();
		return new PageOf<>(rows, page, total);
	}
}
