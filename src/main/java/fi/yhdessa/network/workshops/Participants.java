package fi.yhdessa.network.workshops;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.platform.Mail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a workshop: the minimum to reach them (a name to be called by and an e-mail
 * address), whether they may be contacted later and whether they come as an expert by experience.
 * Each gets a private link (only its hash is kept) to confirm, propose, support and remove themselves;
 * removal clears the name and address for good. Only the coordinator sees who signed up.
 */
@Service
public class Participants {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Workshops workshops;
	private final Mail mail;
	private final MessageSource messages;
	private final Clock clock;
	private final String publicUrl;

	Participants(JdbcClient jdbc, Workshops workshops, Mail mail, MessageSource messages, Clock clock,
			@Value("${yhdessa.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.jdbc = jdbc;
		this.workshops = workshops;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** A sign-up as given. {@code accountId} is the signed-in resident's, whose address needs no confirming. */
	public record SignUp(String name, String email, boolean expert, boolean mayContact, UUID accountId) {
	}

	/** A participant as the coordinator and the participant themselves see them. */
	public record Participant(UUID id, UUID workshopId, String name, String email, boolean expert, boolean mayContact, Instant signedUpAt,
			Instant confirmedAt, Instant removedAt) {

		public boolean confirmed() {
			return confirmedAt != null && removedAt == null;
		}
	}

	/**
	 * Takes a seat, or refuses when the workshop is full, closed or the address has a seat already.
	 * Returns the private link's token; the link (on the platform's public address, never one taken
	 * from a request) is also mailed, to confirm the address when not signed in.
	 */
	@Transactional
	public String signUp(UUID workshopId, SignUp signUp, Locale locale) {
		jdbc.sql("select id from network.workshop where id = ? for update").param(workshopId).query(UUID.class).optional()
			.orElseThrow(() -> new Refusal("workshop.error.notFound"));
		Workshops.Listing listing = workshops.find(workshopId).orElseThrow();
		if (!listing.workshop().open(Instant.now(clock))) {
			throw new Refusal("signup.error.closed");
		}
		String name = Workshops.blank(signUp.name());
		String email = Workshops.blank(signUp.email());
		if (name == null || name.length() > 100) {
			throw new Refusal("signup.error.name");
		}
		if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
			throw new Refusal("signup.error.email");
		}
		if (listing.left() == 0) {
			throw new Refusal("signup.error.full");
		}
		if (jdbc.sql("select count(*) from network.participant where workshop_id = ? and lower(email) = lower(?) and removed_at is null")
			.params(workshopId, email).query(Integer.class).single() > 0) {
			throw new Refusal("signup.error.already");
		}
		String token = token();
		Instant now = Instant.now(clock);
		jdbc.sql("""
				insert into network.participant (id, workshop_id, account_id, name, email, expert, may_contact, token_hash, signed_up_at, confirmed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), workshopId, signUp.accountId(), name, email, signUp.expert(), signUp.mayContact(), hash(token), Timestamp.from(now),
					signUp.accountId() == null ? null : Timestamp.from(now))
			.update();
		String key = signUp.accountId() == null ? "mail.signup.confirm" : "mail.signup.done";
		mail.queue(email, messages.getMessage(key + ".subject", new Object[] { listing.workshop().title() }, locale),
				messages.getMessage(key + ".body", new Object[] { name, listing.workshop().title(), publicUrl + "/workshops/participation/" + token }, locale));
		return token;
	}

	/** The participant behind a private link, while they have not removed themselves. */
	@Transactional(readOnly = true)
	public Optional<Participant> byToken(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select * from network.participant where token_hash = ? and removed_at is null").param(hash(token)).query(Participants::participant)
			.optional();
	}

	@Transactional
	public Participant confirm(String token) {
		Participant p = byToken(token).orElseThrow(() -> new Refusal("signup.error.link"));
		jdbc.sql("update network.participant set confirmed_at = coalesce(confirmed_at, ?) where id = ?").params(Timestamp.from(Instant.now(clock)), p.id())
			.update();
		return byToken(token).orElseThrow();
	}

	/** The participant removes themselves: the seat is freed and their name and address are cleared; their proposals stay, anonymous. */
	@Transactional
	public void remove(String token) {
		Participant p = byToken(token).orElseThrow(() -> new Refusal("signup.error.link"));
		jdbc.sql("update network.participant set name = null, email = null, account_id = null, may_contact = false, removed_at = ? where id = ?")
			.params(Timestamp.from(Instant.now(clock)), p.id())
			.update();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('COORDINATOR')")
	public List<Participant> of(UUID workshopId) {
		return jdbc.sql("select * from network.participant where workshop_id = ? order by signed_up_at").param(workshopId).query(Participants::participant)
			.list();
	}

	/** The addresses of those who made or supported the proposal and are still with us, to tell them of its decision. */
	List<String> addressesFor(UUID proposalId) {
		return jdbc.sql("""
				select distinct p.email from network.participant p where p.removed_at is null and p.email is not null and p.confirmed_at is not null
				and (p.id = (select participant_id from network.proposal where id = :id)
				  or p.id in (select participant_id from network.proposal_support where proposal_id = :id))
				order by p.email
				""").param("id", proposalId).query(String.class).list();
	}

	private static Participant participant(ResultSet rs, int n) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		Timestamp removed = rs.getTimestamp("removed_at");
		return new Participant(rs.getObject("id", UUID.class), rs.getObject("workshop_id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getBoolean("expert"), rs.getBoolean("may_contact"), rs.getTimestamp("signed_up_at").toInstant(),
				confirmed == null ? null : confirmed.toInstant(), removed == null ? null : removed.toInstant());
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
