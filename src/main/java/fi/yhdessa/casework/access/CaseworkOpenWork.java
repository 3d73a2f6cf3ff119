package fi.yhdessa.casework.access;

import fi.yhdessa.platform.AccountId;
import fi.yhdessa.platform.OpenWork;
import fi.yhdessa.platform.SmallCounts;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases a worker is responsible for, asked before their account is closed: each needs a
 * new responsible worker first (Social Welfare Act §42), given by the unit's supervisor on the case.
 * Only the count leaves casework, and a count under the small-count minimum only as "fewer than five".
 */
@Component
public class CaseworkOpenWork implements OpenWork {

	private final JdbcClient jdbc;
	private final SmallCounts smallCounts;

	CaseworkOpenWork(JdbcClient jdbc, SmallCounts smallCounts) {
		this.jdbc = jdbc;
		this.smallCounts = smallCounts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Held> heldBy(AccountId account) {
		long cases = jdbc.sql("select count(*) from casework.client_case where responsible_worker = :account and closed_at is null")
			.param("account", account.value())
			.query(Long.class)
			.single();
		if (cases == 0) {
			return List.of();
		}
		String key = smallCounts.small(cases) ? "openWork.responsibleCases.few" : "openWork.responsibleCases";
		return List.of(new Held(key, cases, "/casework?team=true"));
	}
}
