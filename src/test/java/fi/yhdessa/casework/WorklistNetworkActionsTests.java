package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.testing.HttpVisitor;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An action of the network whose responsible person is the worker stands on the worker's worklist, overdue when it is, and no one else's. */
@CaseworkTest
class WorklistNetworkActionsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheWorkersOwnOverdueNetworkActionOnTheirWorklistOnly() {
		UUID person = jdbc.sql("select p.id from network.person p join platform.account a on a.id = p.account_id where a.username = 'worker'")
			.query(UUID.class).single();
		UUID group = jdbc.sql("select group_id from network.group_member where person_id = ? limit 1").param(person).query(UUID.class).single();
		UUID meeting = UUID.randomUUID();
		jdbc.sql("insert into network.meeting (id, group_id, held_on, agenda) values (?, ?, ?, 'Työlistan testi')").params(meeting, group,
				Date.valueOf(LocalDate.now().minusDays(30))).update();
		jdbc.sql("insert into network.action (id, meeting_id, description, responsible_id, due_on, status) values (?, ?, 'Kokoa alueen perhekahvilat', ?, ?, 'OPEN')")
			.params(UUID.randomUUID(), meeting, person, Date.valueOf(LocalDate.now().minusDays(2))).update();

		HttpVisitor worker = new HttpVisitor(port);
		worker.signIn("worker", "demo");
		String worklist = worker.get("/casework").body();
		assertThat(worklist).contains("Verkoston tehtäväni", "Kokoa alueen perhekahvilat", "Myöhässä");

		HttpVisitor other = new HttpVisitor(port);
		other.signIn("worker2", "demo");
		assertThat(other.get("/casework").body()).doesNotContain("Kokoa alueen perhekahvilat");
	}
}
