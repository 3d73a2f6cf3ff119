package fi.yhdessa.network.people;

import fi.yhdessa.platform.Mail;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder of the network once: the row of (subject, reason, date) is written first and only
 * the node whose row it is queues the mail, in the same transaction. People of the network have no
 * language on record, so the mail is in Finnish, Swedish and English.
 */
@Component
public class Reminders {

	private static final List<Locale> LANGUAGES = List.of(Locale.of("fi"), Locale.of("sv"), Locale.ENGLISH);

	private final JdbcClient jdbc;
	private final Mail mail;
	private final MessageSource messages;
	private final Clock clock;

	Reminders(JdbcClient jdbc, Mail mail, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** @return whether this call sent it (false when it had been sent already, here or on another node) */
	public boolean once(UUID subject, String reason, LocalDate dueOn, List<String> recipients, String subjectKey, String bodyKey, String what,
			LocalDate when) {
		int inserted = jdbc.sql("insert into network.reminder (subject_id, reason, due_on, sent_at) values (?, ?, ?, ?) on conflict do nothing")
			.params(subject, reason, Date.valueOf(dueOn), Timestamp.from(Instant.now(clock)))
			.update();
		if (inserted == 0) {
			return false;
		}
		String date = when.format(DateTimeFormatter.ofPattern("d.M.yyyy"));
		Object[] args = { what, date };
		String title = messages.getMessage(subjectKey, args, Locale.of("fi"));
		String body = LANGUAGES.stream().map(l -> messages.getMessage(bodyKey, args, l)).collect(Collectors.joining("\n\n---\n\n"));
		recipients.stream().flatMap(r -> Stream.ofNullable(r)).distinct().forEach(r -> mail.queue(r, title, body));
		return true;
	}
}
