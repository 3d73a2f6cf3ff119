package fi.yhdessa.casework;

import fi.yhdessa.platform.AccountId;
import fi.yhdessa.platform.OpenWork;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases a worker is responsible for, asked before their account is closed: each needs a
 * new responsible worker first (Social Welfare Act §42), given by the unit's supervisor on the case.
 * Only the count leaves casework; no client data.
 */
@Component
class CaseworkOpenWork implements OpenWork {

	private final JdbcClient jdbc;

	CaseworkOpenWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Held> heldBy(AccountId account) {
		long cases = jdbc.sql("select count(*) from casework.client_case where responsible_worker = :account and closed_at is null")
			.param("account", account.value())
			.query(Long.class)
			.single();
		return cases == 0 ? List.of() : List.of(new Held("openWork.responsibleCases", cases, "/casework?team=true"));
	}
}
