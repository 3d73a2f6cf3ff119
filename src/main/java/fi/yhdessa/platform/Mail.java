package fi.yhdessa.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail through the outbox: {@link #queue} writes the message in the caller's transaction,
 * and {@link MailOutbox} delivers it to the SMTP server afterwards, retrying until it is taken.
 * Messages carry no more personal data than their purpose needs.
 */
@Service
public class Mail {

	private final JdbcClient jdbc;
	private final Clock clock;

	Mail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public UUID queue(String recipient, String subject, String body) {
		if (recipient == null || !recipient.contains("@")) {
			throw new IllegalArgumentException("An e-mail needs an address");
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("insert into platform.mail_outbox (id, recipient, subject, body, queued_at, next_attempt_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, recipient, subject, body, now, now)
			.update();
		return id;
	}
}
