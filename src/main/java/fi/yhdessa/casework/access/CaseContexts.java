package fi.yhdessa.casework.access;

import fi.yhdessa.casework.events.CaseContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The context casework's facts carry of their case: its family, unit, municipality, kind and child's age. */
@Component
public class CaseContexts {

	private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private final JdbcClient jdbc;
	private final Clock clock;

	CaseContexts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The case as it is now; the child is the case's own child or else the family's youngest. */
	public CaseContext of(UUID caseId) {
		return of(caseId, LocalDate.now(clock.withZone(FINLAND)));
	}

	/** The case with its child's age on the given day: for facts told again of the past. */
	public CaseContext of(UUID caseId, LocalDate asOf) {
		return jdbc.sql("""
				select c.id, c.family_id, c.unit_id, c.kind, f.municipality_code,
				  coalesce((select m.birth_date from casework.member m where m.id = c.child_id),
				    (select max(m.birth_date) from casework.member m where m.family_id = c.family_id and m.relation = 'CHILD')) as child_born
				from casework.client_case c join casework.family f on f.id = c.family_id where c.id = :id
				""")
			.param("id", caseId)
			.query((rs, n) -> new CaseContext(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("municipality_code"), rs.getString("kind"), age(rs.getObject("child_born", LocalDate.class), asOf)))
			.single();
	}

	Integer age(LocalDate born) {
		return age(born, LocalDate.now(clock.withZone(FINLAND)));
	}

	static Integer age(LocalDate born, LocalDate on) {
		return born == null ? null : Math.max(0, Period.between(born, on).getYears());
	}
}
