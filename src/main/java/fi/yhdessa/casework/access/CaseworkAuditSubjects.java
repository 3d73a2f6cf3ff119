package fi.yhdessa.casework.access;

import fi.yhdessa.consent.AuditSubjects;
import fi.yhdessa.platform.PersonalIdentityCode;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log's ids of casework's family members for the auditor's search; the auditor's
 * search itself is logged by the consent module with these ids as its subjects.
 */
@Component
public class CaseworkAuditSubjects implements AuditSubjects {

	private final JdbcClient jdbc;

	CaseworkAuditSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> ofPerson(PersonalIdentityCode code) {
		return jdbc.sql("select distinct coalesce(resident_id, id) from casework.member where personal_identity_code = :code")
			.param("code", code.value())
			.query(UUID.class)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> ofCase(String caseReference) {
		return jdbc.sql("""
				select distinct coalesce(m.resident_id, m.id) from casework.member m
				join casework.client_case c on c.family_id = m.family_id where upper(c.reference) = upper(:reference)""")
			.param("reference", caseReference.strip())
			.query(UUID.class)
			.list();
	}
}
