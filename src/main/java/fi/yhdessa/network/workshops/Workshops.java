package fi.yhdessa.network.workshops;

import fi.yhdessa.network.access.Refusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workshops: planned by the coordinator, public to everyone with their seats left — never with who took them. */
@Service
public class Workshops {

	private final JdbcClient jdbc;
	private final Clock clock;

	Workshops(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A workshop with how many seats are taken: what the public pages show. */
	public record Listing(Workshop workshop, int taken) {

		public int left() {
			return Math.max(0, workshop.seats() - taken);
		}
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public Workshop plan(Workshop planned) {
		Workshop w = new Workshop(planned.id() == null ? UUID.randomUUID() : planned.id(), planned.title(), planned.topic(), planned.municipalityCode(),
				planned.agreementId(), planned.services(), planned.startsAt(), planned.endsAt(), blank(planned.place()), blank(planned.remoteLink()),
				planned.seats(), blank(planned.accessibility()), blank(planned.interpretation()), false).checked();
		jdbc.sql("""
				insert into network.workshop (id, title, topic, municipality_code, agreement_id, starts_at, ends_at, place, remote_link, seats,
				  accessibility, interpretation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(w.id(), w.title().strip(), w.topic().strip(), w.municipalityCode(), w.agreementId(), Timestamp.from(w.startsAt()),
					Timestamp.from(w.endsAt()), w.place(), w.remoteLink(), w.seats(), w.accessibility(), w.interpretation())
			.update();
		w.services().forEach(s -> jdbc.sql("insert into network.workshop_service values (?, ?)").params(w.id(), s).update());
		return w;
	}

	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public void cancel(UUID id) {
		if (jdbc.sql("update network.workshop set cancelled = true where id = ?").param(id).update() == 0) {
			throw new Refusal("workshop.error.notFound");
		}
	}

	/** Coming workshops first by date, then past ones latest first; optionally of one municipality (region-wide ones included). */
	@Transactional(readOnly = true)
	public List<Listing> all(String municipalityCode) {
		Instant now = Instant.now(clock);
		return jdbc.sql("""
				select w.*, (select count(*) from network.participant p where p.workshop_id = w.id and p.removed_at is null) as taken
				from network.workshop w where (cast(:municipality as text) is null or w.municipality_code = :municipality or w.municipality_code is null)
				order by w.ends_at <= :now, case when w.ends_at > :now then w.starts_at end, w.starts_at desc
				""")
			.param("municipality", municipalityCode)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Listing(workshop(rs), rs.getInt("taken")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Listing> find(UUID id) {
		return jdbc.sql("""
				select w.*, (select count(*) from network.participant p where p.workshop_id = w.id and p.removed_at is null) as taken
				from network.workshop w where w.id = ?
				""").param(id).query((rs, n) -> new Listing(workshop(rs), rs.getInt("taken"))).optional();
	}

	private Workshop workshop(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<UUID> services = jdbc.sql("select service_id from network.workshop_service where workshop_id = ?").param(id).query(UUID.class).list();
		return new Workshop(id, rs.getString("title"), rs.getString("topic"), rs.getString("municipality_code"), rs.getObject("agreement_id", UUID.class),
				services, rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
				rs.getString("remote_link"), rs.getInt("seats"), rs.getString("accessibility"), rs.getString("interpretation"), rs.getBoolean("cancelled"));
	}

	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
