package fi.yhdessa.platform;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the waiting e-mail. Safe on several nodes: each takes the rows it sends with
 * {@code for update skip locked}. A failed delivery is tried again after a growing pause
 * (first retry, doubled each time, at most an hour), and given up after {@code max-attempts}.
 * Without an SMTP server configured ({@code spring.mail.host}) the mail waits in the outbox.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JavaMailSenderImpl sender;
	private final String from;
	private final Duration firstRetry;
	private final int maxAttempts;
	private final AtomicBoolean toldNotConfigured = new AtomicBoolean();

	MailOutbox(JdbcClient jdbc, Clock clock, JavaMailSenderImpl sender, @Value("${yhdessa.mail.from}") String from,
			@Value("${yhdessa.mail.first-retry}") Duration firstRetry, @Value("${yhdessa.mail.max-attempts}") int maxAttempts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sender = sender;
		this.from = from;
		this.firstRetry = firstRetry;
		this.maxAttempts = maxAttempts;
	}

	/** What is in the outbox, by state: for operations and tests. */
	public record Counts(long waiting, long sent, long gaveUp) {
	}

	/** Sends what is due now; returns how many were sent. */
	@Transactional
	public int deliverDue() {
		if (!MailConfiguration.configured(sender)) {
			if (toldNotConfigured.compareAndSet(false, true)) {
				log.info("No SMTP server is configured (spring.mail.host): e-mail waits in the outbox");
			}
			return 0;
		}
		Instant now = Instant.now(clock);
		List<Waiting> due = jdbc.sql("""
				select id, recipient, subject, body, attempts from platform.mail_outbox
				where sent_at is null and gave_up_at is null and next_attempt_at <= ?
				order by next_attempt_at limit 50 for update skip locked
				""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
		int sent = 0;
		for (Waiting mail : due) {
			try {
				sender.send(message(sender, mail));
				jdbc.sql("update platform.mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
					.params(Timestamp.from(Instant.now(clock)), mail.id())
					.update();
				sent++;
			}
			catch (MailException | jakarta.mail.MessagingException e) {
				failed(mail, e, now);
			}
		}
		return sent;
	}

	@Transactional(readOnly = true)
	public Counts counts() {
		return jdbc.sql("""
				select count(*) filter (where sent_at is null and gave_up_at is null), count(*) filter (where sent_at is not null),
				  count(*) filter (where gave_up_at is not null) from platform.mail_outbox
				""")
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	private MimeMessage message(JavaMailSender mailSender, Waiting mail) throws jakarta.mail.MessagingException {
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body());
		return message;
	}

	private void failed(Waiting mail, Exception e, Instant now) {
		int attempts = mail.attempts() + 1;
		boolean givingUp = attempts >= maxAttempts;
		Duration pause = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 12));
		if (pause.compareTo(Duration.ofHours(1)) > 0) {
			pause = Duration.ofHours(1);
		}
		log.warn("E-mail {} was not delivered (attempt {}{}): {}", mail.id(), attempts, givingUp ? ", giving up" : "", e.getMessage());
		jdbc.sql("update platform.mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ?, gave_up_at = ? where id = ?")
			.params(attempts, String.valueOf(e.getMessage()), Timestamp.from(now.plus(pause)), givingUp ? Timestamp.from(now) : null, mail.id())
			.update();
	}

	private record Waiting(UUID id, String recipient, String subject, String body, int attempts) {
	}
}
