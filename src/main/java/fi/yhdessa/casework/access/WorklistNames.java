package fi.yhdessa.casework.access;

import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.platform.SignedInUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of the families on a worker's own worklist, so that a case is recognised by more than
 * its number. A name is client data: the names of one page are read once and logged as one read,
 * with every member of the families shown as its subjects, in the transaction of the page.
 */
@Component
public class WorklistNames {

	public static final String BASIS = "family names on the worker's own worklist (Social Welfare Act 1301/2014 §42)";

	private final JdbcClient jdbc;
	private final AccessLog accessLog;

	WorklistNames(JdbcClient jdbc, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.accessLog = accessLog;
	}

	/** The family name of each case, by case id; nothing is read or logged for no cases. */
	@Transactional(propagation = Propagation.MANDATORY)
	Map<UUID, String> of(SignedInUser user, Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		Set<UUID> subjects = new LinkedHashSet<>();
		jdbc.sql("""
				select c.id, f.name, array(select coalesce(m.resident_id, m.id) from casework.member m where m.family_id = f.id) as subjects
				from casework.client_case c join casework.family f on f.id = c.family_id where c.id = any(:cases)""")
			.param("cases", caseIds.toArray(UUID[]::new))
			.query(rs -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
				subjects.addAll(List.of((UUID[]) rs.getArray("subjects").getArray()));
			});
		accessLog.record(AccessEntry.by(user, AccessEntry.Action.READ, "casework.worklist", user.id().value().toString(), List.copyOf(subjects), BASIS));
		return names;
	}
}
