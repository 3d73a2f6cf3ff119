package fi.yhdessa.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles an account holds in units over time, and the account row kept as what holds today:
 * its roles and unit are those of the memberships in force. With none in force the row is left
 * as it was, and the sign-in query refuses the account.
 */
@Component
class Memberships {

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final Clock clock;

	Memberships(JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Membership> of(AccountId id) {
		return jdbc.sql("select * from platform.account_membership where account_id = :id order by starts_on desc, created_at desc")
			.param("id", id.value())
			.query((rs, n) -> new Membership(rs.getObject("id", UUID.class), Role.valueOf(rs.getString("role")), rs.getObject("organisation_id", UUID.class),
					rs.getObject("unit_id", UUID.class), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** Adds a membership; an account from before memberships first has the roles it holds recorded from the day it was opened. */
	void add(AccountId id, Membership membership) {
		if (of(id).isEmpty()) {
			AccountSummary account = accounts.find(id).orElseThrow();
			LocalDate since = account.createdAt().atZone(clock.getZone()).toLocalDate();
			account.roles().forEach(role -> insert(id, new Membership(null, role, account.organisationId(), account.unitId(), since, null)));
		}
		insert(id, membership);
		apply(id);
	}

	/** The first membership of a new account. */
	void first(AccountId id, Membership membership) {
		insert(id, membership);
		apply(id);
	}

	/** Ends a membership on a day; false when there is no such membership of the account or it would end before it starts. */
	boolean end(AccountId id, UUID membershipId, LocalDate endsOn) {
		int changed = jdbc.sql("update platform.account_membership set ends_on = :ends where id = :membership and account_id = :account and starts_on <= :ends")
			.param("ends", endsOn)
			.param("membership", membershipId)
			.param("account", id.value())
			.update();
		apply(id);
		return changed == 1;
	}

	/** Brings every account with memberships in line with today: run each night. */
	@Transactional
	void applyAll() {
		jdbc.sql("select distinct account_id from platform.account_membership").query(UUID.class).list().forEach(id -> apply(new AccountId(id)));
	}

	private void apply(AccountId id) {
		LocalDate today = LocalDate.now(clock);
		List<Membership> inForce = of(id).stream().filter(m -> m.inForceOn(today)).toList();
		if (inForce.isEmpty()) {
			return;
		}
		Set<String> roles = inForce.stream().map(m -> m.role().name()).collect(Collectors.toCollection(TreeSet::new));
		Membership place = inForce.stream().filter(m -> m.unitId() != null).findFirst().orElse(inForce.getFirst());
		jdbc.sql("update platform.account set roles = cast(:roles as text[]), organisation_id = :organisation, unit_id = :unit where id = :id")
			.param("roles", String.join(",", roles).transform(text -> "{" + text + "}"))
			.param("organisation", place.organisationId())
			.param("unit", place.unitId())
			.param("id", id.value())
			.update();
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
}
