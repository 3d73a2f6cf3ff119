package fi.yhdessa.network.agreements;

import fi.yhdessa.network.access.StaleEdit;
import fi.yhdessa.network.people.Reminders;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each day: signed agreements whose term has begun come into force, those in force whose term has
 * ended expire (each a version by "system"), and the contact persons of an agreement are reminded
 * once, on any node, when its review date or its end comes within the reminder time.
 */
@Component
public class AgreementReminders {

	private final JdbcClient jdbc;
	private final AgreementStore store;
	private final Reminders reminders;
	private final Clock clock;
	private final int days;

	AgreementReminders(JdbcClient jdbc, AgreementStore store, Reminders reminders, Clock clock,
			@Value("${yhdessa.network.reminder-days:30}") int days) {
		this.jdbc = jdbc;
		this.store = store;
		this.reminders = reminders;
		this.clock = clock;
		this.days = days;
	}

	/** Moves the agreements whose dates have come and sends the reminders due; returns how many reminders were sent. */
	@Transactional
	public int run() {
		LocalDate today = LocalDate.now(clock);
		for (Agreement a : store.all()) {
			try {
				if (a.state() == AgreementState.SIGNED && a.startsOn() != null && !a.startsOn().isAfter(today)) {
					store.update(a, a.moveTo(AgreementState.IN_FORCE, today), "system", Instant.now(clock), Changes.state(AgreementState.SIGNED, AgreementState.IN_FORCE));
				}
				else if (a.state() == AgreementState.IN_FORCE && a.endsOn() != null && a.endsOn().isBefore(today)) {
					store.update(a, a.moveTo(AgreementState.EXPIRED, today), "system", Instant.now(clock), Changes.state(AgreementState.IN_FORCE, AgreementState.EXPIRED));
				}
			}
			catch (StaleEdit movedElsewhere) {
				// another node, or the coordinator, changed it first: nothing to do here
			}
		}
		int sent = 0;
		List<Due> due = jdbc.sql("""
				select id, title, 'agreement.review' as reason, review_on as due_on from network.agreement
				where state in ('DRAFT', 'NEGOTIATED', 'SIGNED', 'IN_FORCE') and review_on between :today and :until
				union all
				select id, title, 'agreement.expiry', ends_on from network.agreement
				where state in ('SIGNED', 'IN_FORCE') and ends_on between :today and :until
				""")
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(today.plusDays(days)))
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("reason"), rs.getDate("due_on").toLocalDate()))
			.list();
		for (Due d : due) {
			List<String> to = jdbc.sql("""
					select p.email from network.agreement_contact c join network.person p on p.id = c.person_id
					where c.agreement_id = ? and p.email is not null order by p.email
					""").param(d.id()).query(String.class).list();
			if (reminders.once(d.id(), d.reason(), d.dueOn(), to, "mail." + d.reason() + ".subject", "mail." + d.reason() + ".body", d.title(),
					d.dueOn())) {
				sent++;
			}
		}
		return sent;
	}

	private record Due(UUID id, String title, String reason, LocalDate dueOn) {
	}
}
