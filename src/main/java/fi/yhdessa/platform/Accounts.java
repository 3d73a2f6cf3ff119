package fi.yhdessa.platform;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The local accounts of the platform: registering them and what the rest of the platform may ask of them. */
@Service
public class Accounts {

	/**
	 * Whether an account may sign in: it is enabled and, when it has memberships, one is in force
	 * on {@code :today}.
	 */
	private static final String MAY_SIGN_IN = """
			(enabled and (not exists (select 1 from platform.account_membership m where m.account_id = platform.account.id)
			or exists (select 1 from platform.account_membership m where m.account_id = platform.account.id
			and m.starts_on <= :today and (m.ends_on is null or m.ends_on >= :today)))) as may_sign_in""";

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final java.time.Clock clock;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Registers an account with the password hashed.
	 *
	 * @throws IllegalStateException when the username is taken
	 */
	@Transactional
	public AccountId register(NewAccount account) {
		if (exists(account.username())) {
			throw new IllegalStateException("The username is taken: " + account.username());
		}
		AccountId id = new AccountId(account.id() != null ? account.id() : UUID.randomUUID());
		jdbc.sql("""
				insert into platform.account (id, username, password_hash, display_name, email, roles, organisation_id, unit_id, resident_id, preferred_language)
				values (:id, :username, :hash, :displayName, :email, :roles::text[], :organisationId, :unitId, :residentId, :language)
				""")
			.param("id", id.value())
			.param("username", account.username())
			.param("hash", passwords.encode(account.password()))
			.param("displayName", account.displayName())
			.param("email", account.email())
			.param("roles", toArrayLiteral(account.roles()))
			.param("organisationId", account.organisationId())
			.param("unitId", account.unitId())
			.param("residentId", account.residentId())
			.param("language", account.preferredLanguage())
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from platform.account where username = :username)")
			.param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from platform.account").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return jdbc.sql("select * from platform.account where username = :username")
			.param("username", username.strip().toLowerCase(java.util.Locale.ROOT))
			.query(Accounts::summary)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> find(AccountId id) {
		return jdbc.sql("select * from platform.account where id = :id").param("id", id.value()).query(Accounts::summary).optional();
	}

	/** The accounts with these ids, by id; ids without an account are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, AccountSummary> byIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("select * from platform.account where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(Accounts::summary)
			.list()
			.stream()
			.collect(Collectors.toMap(summary -> summary.id().value(), summary -> summary));
	}

	/** The enabled accounts of these residents. */
	@Transactional(readOnly = true)
	public List<AccountSummary> ofResidents(java.util.Collection<UUID> residentIds) {
		if (residentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from platform.account where enabled and resident_id = any(:ids) order by username")
			.param("ids", residentIds.toArray(UUID[]::new))
			.query(Accounts::summary)
			.list();
	}

	/** The accounts with these usernames, by username; names without an account are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<String, AccountSummary> byUsernames(java.util.Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("select * from platform.account where username = any(:names)")
			.param("names", usernames.toArray(String[]::new))
			.query(Accounts::summary)
			.list()
			.stream()
			.collect(Collectors.toMap(AccountSummary::username, summary -> summary));
	}

	/** The enabled accounts of a unit with any of the roles, by display name. */
	@Transactional(readOnly = true)
	public List<AccountSummary> ofUnit(UUID unitId, Set<Role> roles) {
		return jdbc.sql("select * from platform.account where unit_id = :unit and enabled and roles && cast(:roles as text[]) order by display_name")
			.param("unit", unitId)
			.param("roles", toArrayLiteral(roles))
			.query(Accounts::summary)
			.list();
	}

	/** The enabled accounts with any of the roles, by display name; at most 500, for choosing a colleague. */
	@Transactional(readOnly = true)
	public List<AccountSummary> withRoles(Set<Role> roles) {
		return jdbc.sql("select * from platform.account where enabled and roles && cast(:roles as text[]) order by display_name limit 500")
			.param("roles", toArrayLiteral(roles))
			.query(Accounts::summary)
			.list();
	}

	/** The enabled staff accounts of an organisation with any of the roles, by display name. */
	@Transactional(readOnly = true)
	public List<AccountSummary> ofOrganisation(UUID organisationId, Set<Role> roles) {
		return jdbc.sql("select * from platform.account where organisation_id = :organisation and enabled and roles && cast(:roles as text[]) order by display_name")
			.param("organisation", organisationId)
			.param("roles", toArrayLiteral(roles))
			.query(Accounts::summary)
			.list();
	}

	/** A page of accounts in username order; {@code query} finds names and usernames that contain it, staff only when {@code staff}. */
	@Transactional(readOnly = true)
	public PageOf<AccountSummary> list(String query, boolean staff, PageRequest page) {
		String like = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "\\_") + "%";
		String where = (like == null ? "true" : "(username like :like or lower(display_name) like :like)") + (staff ? " and roles <> '{RESIDENT}'" : "");
		java.util.Map<String, Object> params = like == null ? java.util.Map.of() : java.util.Map.of("like", like);
		List<AccountSummary> rows = jdbc.sql("select * from platform.account where " + where + " order by username limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Accounts::summary)
			.list();
		long total = jdbc.sql("select count(*) from platform.account where " + where).params(params).query(Long.class).single();
		return new PageOf<>(rows, page, total);
	}

	/** The account that signs in with this username, or with this address once it is confirmed. */
	Optional<SignedInUser> signInDetails(String username) {
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		return jdbc.sql("""
				select *, %1$s from platform.account where username = :name
				union all
				select *, %1$s from platform.account where lower(email) = :name and email_verified_at is not null and username <> :name
				limit 1
				""".formatted(MAY_SIGN_IN))
			.param("name", name)
			.param("today", java.time.LocalDate.now(clock))
			.query(Accounts::signedIn)
			.optional();
	}

	/** The account of a strongly identified resident. */
	Optional<SignedInUser> signInDetailsOfResident(UUID residentId) {
		return jdbc.sql("select *, " + MAY_SIGN_IN + " from platform.account where resident_id = :resident")
			.param("resident", residentId)
			.param("today", java.time.LocalDate.now(clock))
			.query(Accounts::signedIn)
			.optional();
	}

	/** Links a resident's own account to them after strong identification; false when the account already belongs to someone else. */
	@Transactional
	boolean linkResident(AccountId account, UUID residentId) {
		return jdbc.sql("update platform.account set resident_id = :resident where id = :id and (resident_id is null or resident_id = :resident) and roles = '{RESIDENT}'")
			.param("resident", residentId)
			.param("id", account.value())
			.update() == 1;
	}

	@Transactional
	void identified(AccountId account, Instant when) {
		jdbc.sql("update platform.account set identified_at = :when where id = :id")
			.param("when", java.sql.Timestamp.from(when))
			.param("id", account.value())
			.update();
	}

	private static SignedInUser signedIn(ResultSet rs, int row) throws SQLException {
		return new SignedInUser(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), roles(rs.getArray("roles")), rs.getObject("organisation_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getObject("resident_id", UUID.class), rs.getBoolean("may_sign_in"));
	}

	private static AccountSummary summary(ResultSet rs, int row) throws SQLException {
		return new AccountSummary(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), roles(rs.getArray("roles")), rs.getObject("organisation_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getString("email"), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
	}

	private static Set<Role> roles(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	private static String toArrayLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}
}
