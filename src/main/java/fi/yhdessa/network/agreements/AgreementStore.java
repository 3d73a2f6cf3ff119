package fi.yhdessa.network.agreements;

import fi.yhdessa.network.access.StaleEdit;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes agreements over the version they were read at, with a version row for each save; reads them whole. */
@Repository
class AgreementStore {

	private final JdbcClient jdbc;

	AgreementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Agreement a, String by, Instant at) {
		jdbc.sql("""
				insert into network.agreement (id, kind, title, municipality_code, starts_on, ends_on, review_on, state, version)
				values (:id, :kind, :title, :municipality, :starts, :ends, :review, :state, 1)
				""")
			.paramSource(columns(a))
			.update();
		writeParts(a);
		version(a.id(), 1, by, at, Changes.CREATED);
	}

	/** Saves {@code after} over {@code before}; refused when someone saved in between. Returns the new version. */
	int update(Agreement before, Agreement after, String by, Instant at, String change) {
		int updated = jdbc.sql("""
				update network.agreement set kind = :kind, title = :title, municipality_code = :municipality, starts_on = :starts, ends_on = :ends,
				  review_on = :review, state = :state, version = version + 1
				where id = :id and version = :version
				""")
			.paramSource(columns(after).addValue("version", before.version()))
			.update();
		if (updated == 0) {
			throw new StaleEdit();
		}
		if (!before.terms().equals(after.terms())) {
			for (String table : List.of("agreement_party", "commitment", "agreement_service", "agreement_contact")) {
				jdbc.sql("delete from network." + table + " where agreement_id = ?").param(after.id()).update();
			}
			writeParts(after);
		}
		version(after.id(), before.version() + 1, by, at, change);
		return before.version() + 1;
	}

	Optional<Agreement> find(UUID id) {
		return jdbc.sql("select * from network.agreement where id = ?").param(id).query(this::agreement).optional();
	}

	List<Agreement> all() {
		return jdbc.sql("select * from network.agreement order by municipality_code, title").query(this::agreement).list();
	}

	Map<UUID, String> titles(Collection<UUID> ids) {
		Map<UUID, String> titles = new HashMap<>();
		jdbc.sql("select id, title from network.agreement where id = any(?)").param(ids.toArray(UUID[]::new))
			.query((ResultSet rs) -> {
				titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
			});
		return titles;
	}

	List<Agreements.Version> versions(UUID id) {
		return jdbc.sql("select * from network.agreement_version where agreement_id = ? order by version desc")
			.param(id)
			.query((rs, n) -> new Agreements.Version(rs.getInt("version"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("change")))
			.list();
	}

	private void writeParts(Agreement a) {
		a.parties().forEach(p -> jdbc.sql("insert into network.agreement_party values (?, ?)").params(a.id(), p).update());
		int position = 0;
		for (Commitment c : a.commitments()) {
			jdbc.sql("insert into network.commitment (id, agreement_id, organisation_id, kind, description, amount, position) values (?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), a.id(), c.organisationId(), c.kind().name(), c.description(), c.amount(), position++)
				.update();
		}
		a.services().forEach(s -> jdbc.sql("insert into network.agreement_service values (?, ?)").params(a.id(), s).update());
		a.contacts().forEach(p -> jdbc.sql("insert into network.agreement_contact values (?, ?)").params(a.id(), p).update());
	}

	private void version(UUID id, int version, String by, Instant at, String change) {
		jdbc.sql("insert into network.agreement_version values (?, ?, ?, ?, ?)").params(id, version, by, Timestamp.from(at), change).update();
	}

	private static MapSqlParameterSource columns(Agreement a) {
		return new MapSqlParameterSource()
			.addValue("id", a.id())
			.addValue("kind", a.kind().name())
			.addValue("title", a.title())
			.addValue("municipality", a.municipalityCode())
			.addValue("starts", date(a.startsOn()))
			.addValue("ends", date(a.endsOn()))
			.addValue("review", date(a.reviewOn()))
			.addValue("state", a.state().name());
	}

	private Agreement agreement(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<UUID> parties = jdbc.sql("select organisation_id from network.agreement_party where agreement_id = ? order by organisation_id")
			.param(id).query(UUID.class).list();
		List<Commitment> commitments = jdbc.sql("select * from network.commitment where agreement_id = ? order by position")
			.param(id)
			.query((c, n) -> new Commitment(c.getObject("organisation_id", UUID.class), Commitment.Kind.valueOf(c.getString("kind")),
					c.getString("description"), c.getBigDecimal("amount") == null ? null : c.getBigDecimal("amount").stripTrailingZeros()))
			.list();
		List<UUID> services = jdbc.sql("select service_id from network.agreement_service where agreement_id = ? order by service_id").param(id).query(UUID.class).list();
		List<UUID> contacts = jdbc.sql("select person_id from network.agreement_contact where agreement_id = ? order by person_id").param(id).query(UUID.class).list();
		return new Agreement(id, AgreementKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("municipality_code"),
				localDate(rs, "starts_on"), localDate(rs, "ends_on"), localDate(rs, "review_on"), AgreementState.valueOf(rs.getString("state")),
				rs.getInt("version"), parties, commitments, services, contacts);
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
