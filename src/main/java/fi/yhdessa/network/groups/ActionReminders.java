package fi.yhdessa.network.groups;

import fi.yhdessa.network.people.Reminders;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminds the responsible person by e-mail, once on any node, of an open action due within the next days. */
@Component
public class ActionReminders {

	private final JdbcClient jdbc;
	private final Reminders reminders;
	private final Clock clock;
	private final int days;

	ActionReminders(JdbcClient jdbc, Reminders reminders, Clock clock, @Value("${yhdessa.network.action-reminder-days:3}") int days) {
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.clock = clock;
		this.days = days;
	}

	@Transactional
	public int run() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (Due due : jdbc.sql("""
				select a.id, a.description, a.due_on, p.email from network.action a join network.person p on p.id = a.responsible_id
				where a.status = 'OPEN' and a.due_on <= ? and a.due_on >= ? and p.email is not null
				""")
			.params(Date.valueOf(today.plusDays(days)), Date.valueOf(today.minusDays(30)))
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("description"), rs.getDate("due_on").toLocalDate(),
					rs.getString("email")))
			.list()) {
			if (reminders.once(due.id(), "action.due", due.dueOn(), List.of(due.email()), "mail.action.due.subject", "mail.action.due.body",
					due.description(), due.dueOn())) {
				sent++;
			}
		}
		return sent;
	}

	private record Due(UUID id, String description, LocalDate dueOn, String email) {
	}
}
