package fi.yhdessa.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Failed sign-ins, for the data protection officer: who was tried, when and from where. */
@Service
public class SignInHistory {

	/** Failed attempts for one username within a period, with the last one and the addresses tried from. */
	public record Failures(String username, long attempts, Instant last, long addresses) {
	}

	private final JdbcClient jdbc;

	SignInHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The usernames with failed sign-ins since a moment, the most tried first. */
	@Transactional(readOnly = true)
	public List<Failures> failedSince(Instant since, int limit) {
		return jdbc.sql("""
				select username, count(*) as attempts, max(attempted_at) as last, count(distinct remote_address) as addresses
				from platform.sign_in_attempt where not succeeded and attempted_at >= :since
				group by username order by attempts desc, username limit :limit""")
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, n) -> new Failures(rs.getString("username"), rs.getLong("attempts"), rs.getTimestamp("last").toInstant(), rs.getLong("addresses")))
			.list();
	}
}
