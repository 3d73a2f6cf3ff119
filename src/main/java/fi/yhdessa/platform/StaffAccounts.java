package fi.yhdessa.platform;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
	private final SecureRandom random = new SecureRandom();

	StaffAccounts(JdbcClient jdbc, Accounts accounts, ResidentAccounts links, SecurityLog log, List<OpenWork> openWork,
			PasswordEncoder passwords, Clock clock) {
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
		insert(id, first);
		apply(id);
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
		if (memberships(id).isEmpty()) {
			keepRolesHeldSoFar(id);
		}
		insert(id, membership);
		apply(id);
		log.record(actor, id, SecurityLog.Action.MEMBERSHIP_ADDED, reason, describe(membership));
	}

	/** Ends a role on a day; ending it before today is refused by the caller's validation. */
	@Transactional
	public void endMembership(String actor, AccountId id, UUID membershipId, LocalDate endsOn, String reason) {
		int changed = jdbc.sql("update platform.account_membership set ends_on = :ends where id = :membership and account_id = :account and starts_on <= :ends")
			.param("ends", endsOn)
			.param("membership", membershipId)
			.param("account", id.value())
			.update();
		if (changed != 1) {
			throw new IllegalArgumentException("No such role to end, or it would end before it starts");
		}
		apply(id);
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

	@Transactional(readOnly = true)
	public List<Membership> memberships(AccountId id) {
		return jdbc.sql("select * from platform.account_membership where account_id = :id order by starts_on desc, created_at desc")
			.param("id", id.value())
			.query((rs, n) -> new Membership(rs.getObject("id", UUID.class), Role.valueOf(rs.getString("role")), rs.getObject("organisation_id", UUID.class),
					rs.getObject("unit_id", UUID.class), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** Brings every account's roles and unit in line with the memberships in force today: run each night. */
	@Transactional
	public void applyAll() {
		jdbc.sql("select distinct account_id from platform.account_membership").query(UUID.class).list().forEach(id -> apply(new AccountId(id)));
	}

	/** The account row holds the roles and the unit of the memberships in force today; with none in force it cannot sign in. */
	private void apply(AccountId id) {
		LocalDate today = LocalDate.now(clock);
		List<Membership> inForce = memberships(id).stream().filter(m -> m.inForceOn(today)).toList();
		if (inForce.isEmpty()) {
			return;
		}
		Set<String> roles = new LinkedHashSet<>();
		inForce.forEach(m -> roles.add(m.role().name()));
		Membership place = inForce.stream().filter(m -> m.unitId() != null).findFirst().orElse(inForce.getFirst());
		jdbc.sql("update platform.account set roles = cast(:roles as text[]), organisation_id = :organisation, unit_id = :unit where id = :id")
			.param("roles", new ArrayList<>(roles).stream().sorted().collect(java.util.stream.Collectors.joining(",", "{", "}")))
			.param("organisation", place.organisationId())
			.param("unit", place.unitId())
			.param("id", id.value())
			.update();
	}

	/** An account from before memberships keeps the roles it has: they become memberships from the day it was opened. */
	private void keepRolesHeldSoFar(AccountId id) {
		AccountSummary account = accounts.find(id).orElseThrow();
		LocalDate since = account.createdAt().atZone(clock.getZone()).toLocalDate();
		account.roles().forEach(role -> insert(id, new Membership(null, role, account.organisationId(), account.unitId(), since, null)));
	}

	private void insert(AccountId id, Membership membership) {
		jdbc.sql("""
				insert into platform.account_membership (id, account_id, role, organisation_id, unit_id, starts_on, ends_on)
				values (:id, :account, :role, :organisation, :unit, :starts, :ends)""")
			.param("id", UUID.randomUUID())
			.param("account", id.value())
			.param("role", membership.role().name())
			.param("organisation", membership.organisationId())
			.param("unit", membership.unitId())
			.param("starts", membership.startsOn())
			.param("ends", membership.endsOn())
			.update();
	}

	private void endSessions(String username) {
		jdbc.sql("delete from platform.spring_session where principal_name = :name").param("name", username).update();
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
