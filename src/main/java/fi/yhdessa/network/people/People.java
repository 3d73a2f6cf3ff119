package fi.yhdessa.network.people;

import fi.yhdessa.network.access.Refusal;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the network, the registry of experts by experience and their fees. Their contact details are for the network's staff only. */
@Service
public class People {

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Fee(UUID id, UUID personId, UUID workshopId, LocalDate paidOn, BigDecimal amount, String note) {
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Person add(Person person) {
		if (person.name() == null || person.name().isBlank()) {
			throw new Refusal("person.error.name");
		}
		if (person.email() != null && !person.email().isBlank() && !person.email().contains("@")) {
			throw new Refusal("person.error.email");
		}
		Person saved = new Person(person.id() == null ? UUID.randomUUID() : person.id(), person.name().strip(), person.kind(), person.organisationId(),
				blank(person.title()), blank(person.email()), blank(person.phone()), person.accountId(), person.themes(), person.organisationContact());
		jdbc.sql("""
				insert into network.person (id, name, kind, organisation_id, title, email, phone, account_id, themes, organisation_contact)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(saved.id(), saved.name(), saved.kind().name(), saved.organisationId(), saved.title(), saved.email(), saved.phone(), saved.accountId(),
					saved.themes().toArray(String[]::new), saved.organisationContact())
			.update();
		return saved;
	}

	@Transactional(readOnly = true)
	public List<Person> all() {
		return jdbc.sql("select * from network.person order by name collate \"fi-x-icu\", id").query(People::person).list();
	}

	@Transactional(readOnly = true)
	public List<Person> experts() {
		return jdbc.sql("select * from network.person where kind = 'EXPERT_BY_EXPERIENCE' order by name collate \"fi-x-icu\"").query(People::person).list();
	}

	@Transactional(readOnly = true)
	public Map<UUID, Person> byId(Collection<UUID> ids) {
		return jdbc.sql("select * from network.person where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(People::person)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public Optional<Person> ofAccount(UUID accountId) {
		return jdbc.sql("select * from network.person where account_id = ?").param(accountId).query(People::person).optional();
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Fee recordFee(UUID personId, UUID workshopId, LocalDate paidOn, BigDecimal amount, String note) {
		String kind = jdbc.sql("select kind from network.person where id = ?").param(personId).query(String.class).optional()
			.orElseThrow(() -> new Refusal("person.error.notFound"));
		if (!PersonKind.EXPERT_BY_EXPERIENCE.name().equals(kind)) {
			throw new Refusal("fee.error.notExpert");
		}
		if (amount == null || amount.signum() < 0 || paidOn == null) {
			throw new Refusal("fee.error.amount");
		}
		Fee fee = new Fee(UUID.randomUUID(), personId, workshopId, paidOn, amount, blank(note));
		jdbc.sql("insert into network.expert_fee (id, person_id, workshop_id, paid_on, amount, note) values (?, ?, ?, ?, ?, ?)")
			.params(fee.id(), personId, workshopId, Date.valueOf(paidOn), amount, fee.note())
			.update();
		return fee;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('COORDINATOR')")
	public List<Fee> fees() {
		return jdbc.sql("select * from network.expert_fee order by paid_on desc")
			.query((rs, n) -> new Fee(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getObject("workshop_id", UUID.class),
					rs.getDate("paid_on").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("note")))
			.list();
	}

	static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("name"), PersonKind.valueOf(rs.getString("kind")),
				rs.getObject("organisation_id", UUID.class), rs.getString("title"), rs.getString("email"), rs.getString("phone"),
				rs.getObject("account_id", UUID.class), List.of((String[]) rs.getArray("themes").getArray()), rs.getBoolean("organisation_contact"));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
