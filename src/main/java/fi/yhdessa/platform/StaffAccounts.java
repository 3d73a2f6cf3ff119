package fi.yhdessa.platform;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an administrator does to staff accounts: opens them with a first role, gives and ends roles
 * in units, forces a new password, closes and reopens them. Accounts are never deleted, so that
 * what their holders did stays attributable; every change is in the {@link SecurityLog} with its reason.
 */
@Service
public class StaffAccounts {

	static final Duration FIRST_LINK_VALID = Duration.ofDays(7);
	static final Duration RESET_LINK_VALID = Duration.ofDays(2);

	/** An account to open, with its first role. */
	public record Opening(String username, String displayName, String email, String language, Membership membership, String reason) {
	}

	/** Why an account cannot be closed yet: the work it still holds. */
	public static final class StillHoldsWork extends RuntimeException {

		private final transient List<OpenWork.Held> held;

		StillHoldsWork(List<OpenWork.Held> held) {
			super("The account still holds work");
			this.held = List.copyOf(held);
		}

		public List<OpenWork.Held> held() {
			return held;
		}
	}

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final ResidentAccounts links;
	private final SecurityLog log;
	private final List<OpenWork> openWork;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final Memberships memberships;
	private final TransactionTemplate sessions;
	private final SecureRandom random = new SecureRandom();

	StaffAccounts(JdbcClient jdbc, Accounts accounts, ResidentAccounts links, SecurityLog log, List<OpenWork> openWork,
			PasswordEncoder passwords, Clock clock, Memberships memberships, PlatformTransactionManager transactions) {
		this.sessions = new TransactionTemplate(transactions);
		this.sessions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.links = links;
		this.log = log;
		this.openWork = openWork;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** Opens a staff account; its holder sets a password from the link sent to the address. */
	@Transactional
	public AccountId open(String actor, Opening opening) {
		Membership first = opening.membership();
		AccountId id = accounts.register(new NewAccount(null, opening.username(), unusablePassword(), opening.displayName(), opening.email(),
				EnumSet.of(first.role()), first.organisationId(), first.unitId(), null, opening.language()));
		memberships.first(id, first);
		log.record(actor, id, SecurityLog.Action.CREATED, opening.reason(), describe(first));
		links.sendPasswordLink(id.value(), opening.email(), opening.language(), "staffAccount.mail.opened", FIRST_LINK_VALID);
		return id;
	}

	@Transactional
	public void edit(String actor, AccountId id, String displayName, String email, String reason) {
		jdbc.sql("update platform.account set display_name = :name, email = :email where id = :id")
			.param("name", displayName)
			.param("email", email)
			.param("id", id.value())
			.update();
		log.record(actor, id, SecurityLog.Action.EDITED, reason, displayName + " <" + email + ">");
	}

	@Transactional
	public void addMembership(String actor, AccountId id, Membership membership, String reason) {
		memberships.add(id, membership);
		log.record(actor, id, SecurityLog.Action.MEMBERSHIP_ADDED, reason, describe(membership));
	}

	/** Ends a role on a day; ending it before today is refused by the caller's validation. */
	@Transactional
	public void endMembership(String actor, AccountId id, UUID membershipId, LocalDate endsOn, String reason) {
		if (!memberships.end(id, membershipId, endsOn)) {
			throw new IllegalArgumentException("No such role to end, or it would end before it starts");
		}
		log.record(actor, id, SecurityLog.Action.MEMBERSHIP_ENDED, reason, membershipId + " → " + endsOn);
	}

	/** The old password stops working at once, and a link to set a new one goes to the holder's address. */
	@Transactional
	public void forcePasswordReset(String actor, AccountId id, String reason) {
		AccountSummary account = accounts.find(id).orElseThrow();
		jdbc.sql("update platform.account set password_hash = :hash, password_reset_at = :now where id = :id")
			.param("hash", passwords.encode(unusablePassword()))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id.value())
			.update();
		endSessions(account.username());
		log.record(actor, id, SecurityLog.Action.PASSWORD_RESET_FORCED, reason, account.email() == null ? "" : account.email());
		if (account.email() != null && !account.email().isBlank()) {
			String language = jdbc.sql("select preferred_language from platform.account where id = :id").param("id", id.value()).query(String.class).single();
			links.sendPasswordLink(id.value(), account.email(), language, "staffAccount.mail.reset", RESET_LINK_VALID);
		}
	}

	/**
	 * Closes an account once it holds no open work: its sessions end at once.
	 *
	 * @throws StillHoldsWork with what must be handed over first
	 */
	@Transactional
	public void disable(String actor, AccountId id, String reason) {
		List<OpenWork.Held> held = heldBy(id);
		if (!held.isEmpty()) {
			throw new StillHoldsWork(held);
		}
		AccountSummary account = accounts.find(id).orElseThrow();
		jdbc.sql("update platform.account set enabled = false, disabled_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id.value())
			.update();
		endSessions(account.username());
		log.record(actor, id, SecurityLog.Action.DISABLED, reason, "");
	}

	@Transactional
	public void enable(String actor, AccountId id, String reason) {
		jdbc.sql("update platform.account set enabled = true, disabled_at = null where id = :id").param("id", id.value()).update();
		log.record(actor, id, SecurityLog.Action.ENABLED, reason, "");
	}

	/** What the account still holds in the modules that give people work. */
	public List<OpenWork.Held> heldBy(AccountId id) {
		return openWork.stream().flatMap(work -> work.heldBy(id).stream()).filter(h -> h.count() > 0).toList();
	}

	/**
	 * Whether an open account works in the unit today or will from a later day: through a membership
	 * not yet ended, or, for an account from before memberships, its unit.
	 */
	@Transactional(readOnly = true)
	public boolean anyPlacedIn(UUID unitId) {
		return jdbc.sql("""
				select exists (select 1 from platform.account a where a.enabled and (
				  exists (select 1 from platform.account_membership m where m.account_id = a.id and m.unit_id = :unit
				    and (m.ends_on is null or m.ends_on >= :today))
				  or (a.unit_id = :unit and not exists (select 1 from platform.account_membership m where m.account_id = a.id))))
				""")
			.param("unit", unitId)
			.param("today", LocalDate.now(clock))
			.query(Boolean.class)
			.single();
	}

	public List<Membership> memberships(AccountId id) {
		return memberships.of(id);
	}

	/**
	 * Ends the holder's sessions once the change is committed, in a transaction of its own: a request
	 * saves its own session after the change's transaction, and must not wait on a row that
	 * transaction holds.
	 */
	private void endSessions(String username) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sessions.executeWithoutResult(status -> jdbc.sql("delete from platform.spring_session where principal_name = :name").param("name", username)
					.update());
			}
		});
	}

	private static String describe(Membership membership) {
		return membership.role() + " " + (membership.unitId() != null ? membership.unitId() : membership.organisationId()) + " "
				+ membership.startsOn() + "–" + (membership.endsOn() == null ? "" : membership.endsOn());
	}

	private String unusablePassword() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
