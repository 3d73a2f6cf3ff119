package fi.yhdessa.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts residents make for themselves. A new account opens only when its address is confirmed
 * from the link sent to it; a forgotten password is replaced from a link sent to the confirmed
 * address. Links are single-use, expire, and are kept only as hashes. What the pages say never
 * tells whether an address has an account: the answer to an address is the same either way, and
 * only its owner learns more, by e-mail.
 */
@Service
class ResidentAccounts {

	static final Duration CONFIRMATION_VALID = Duration.ofHours(24);
	static final Duration RESET_VALID = Duration.ofHours(1);
	/** Links sent to one account in an hour, so that the form cannot be used to flood someone's mailbox. */
	static final int LINKS_PER_HOUR = 3;

	enum Purpose {
		CONFIRM_EMAIL, RESET_PASSWORD
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final Mail mail;
	private final MessageSource messages;
	private final Clock clock;
	private final String publicUrl;
	private final SecureRandom random = new SecureRandom();

	ResidentAccounts(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwords, Mail mail, MessageSource messages, Clock clock,
			@Value("${yhdessa.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Makes a closed account and sends the link that opens it. When the address already belongs to
	 * an open account, its owner is told instead, and nothing is made.
	 */
	@Transactional
	void signUp(SignUpForm form, Locale locale) {
		String language = LanguageConfiguration.supported(locale).getLanguage();
		Optional<UUID> owner = confirmedOwnerOf(form.getEmail());
		if (owner.isPresent()) {
			if (linksSentLastHour(owner.get()) < LINKS_PER_HOUR) {
				send(form.getEmail(), language, "signUp.mail.taken", publicUrl + "/password/forgot");
				store(owner.get(), Purpose.RESET_PASSWORD, Duration.ZERO);
			}
			return;
		}
		if (signUpsLastHour(form.getEmail()) >= LINKS_PER_HOUR) {
			return;
		}
		UUID id = UUID.randomUUID();
		accounts.register(new NewAccount(id, usernameFor(id), form.getPassword(), form.getName(), form.getEmail(), EnumSet.of(Role.RESIDENT), null,
				null, null, language));
		jdbc.sql("update platform.account set enabled = false where id = :id").param("id", id).update();
		String token = store(id, Purpose.CONFIRM_EMAIL, CONFIRMATION_VALID);
		send(form.getEmail(), language, "signUp.mail.confirm", publicUrl + "/signup/confirm?token=" + token);
	}

	/** Opens the account of a confirmation link; empty when the link is unknown, used or expired. */
	@Transactional
	Optional<String> confirm(String token) {
		return use(token, Purpose.CONFIRM_EMAIL).flatMap(account -> {
			String email = jdbc.sql("select email from platform.account where id = :id").param("id", account).query(String.class).single();
			if (confirmedOwnerOf(email).isPresent()) {
				// Someone else confirmed the same address first; this account stays closed.
				return Optional.empty();
			}
			jdbc.sql("update platform.account set enabled = true, email_verified_at = :now where id = :id")
				.param("now", Timestamp.from(Instant.now(clock)))
				.param("id", account)
				.update();
			return Optional.of(email);
		});
	}

	/** Sends a link to set a new password when the address belongs to an open account; otherwise nothing. */
	@Transactional
	void requestReset(String email, Locale locale) {
		confirmedOwnerOf(email).filter(account -> linksSentLastHour(account) < LINKS_PER_HOUR).ifPresent(account -> {
			String token = store(account, Purpose.RESET_PASSWORD, RESET_VALID);
			send(email, LanguageConfiguration.supported(locale).getLanguage(), "reset.mail", publicUrl + "/password/reset?token=" + token);
		});
	}

	/**
	 * Sends a staff member a link to set their password, as when an administrator opens the account
	 * or forces a new password. Joins the caller's transaction.
	 */
	void sendPasswordLink(UUID account, String email, String language, String mailKey, Duration validity) {
		String token = store(account, Purpose.RESET_PASSWORD, validity);
		send(email, language, mailKey, publicUrl + "/password/reset?token=" + token);
	}

	/** Whether a link can still be used: for showing its form before the person types anything. */
	@Transactional(readOnly = true)
	boolean usable(String token, Purpose purpose) {
		return jdbc.sql("select exists (select 1 from platform.account_token where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now)")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(Instant.now(clock)))
			.query(Boolean.class)
			.single();
	}

	/** Sets the new password of a reset link; every other link of the account stops working. */
	@Transactional
	boolean resetPassword(String token, String newPassword) {
		return use(token, Purpose.RESET_PASSWORD).map(account -> {
			jdbc.sql("update platform.account set password_hash = :hash where id = :id")
				.param("hash", passwords.encode(newPassword))
				.param("id", account)
				.update();
			jdbc.sql("update platform.account_token set used_at = :now where account_id = :id and used_at is null")
				.param("now", Timestamp.from(Instant.now(clock)))
				.param("id", account)
				.update();
			return true;
		}).orElse(false);
	}

	private Optional<UUID> use(String token, Purpose purpose) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update platform.account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning account_id
				""")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query(UUID.class)
			.optional();
	}

	private Optional<UUID> confirmedOwnerOf(String email) {
		return jdbc.sql("select id from platform.account where lower(email) = lower(:email) and email_verified_at is not null and enabled")
			.param("email", email)
			.query(UUID.class)
			.optional();
	}

	private int signUpsLastHour(String email) {
		// created_at is the database's time.
		return jdbc.sql("select count(*) from platform.account where lower(email) = lower(:email) and created_at > now() - interval '1 hour'")
			.param("email", email)
			.query(Integer.class)
			.single();
	}

	private int linksSentLastHour(UUID account) {
		return jdbc.sql("select count(*) from platform.account_token where account_id = :id and created_at > :since")
			.param("id", account)
			.param("since", Timestamp.from(Instant.now(clock).minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
	}

	/** Stores a new token's hash; a zero validity records a mail sent without a usable link. */
	private String store(UUID account, Purpose purpose, Duration validity) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(clock);
		jdbc.sql("insert into platform.account_token (token_hash, account_id, purpose, created_at, expires_at) values (:hash, :account, :purpose, :now, :expires)")
			.param("hash", hash(token))
			.param("account", account)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	private void send(String email, String language, String key, String link) {
		Locale locale = Locale.forLanguageTag(language);
		mail.queue(email, messages.getMessage(key + ".subject", null, locale), messages.getMessage(key + ".body", new Object[] { link }, locale));
	}

	static String usernameFor(UUID id) {
		return "resident-" + id.toString().substring(0, 13).replace("-", "");
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
