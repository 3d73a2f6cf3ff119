package fi.yhdessa.population;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents of the region. In production the county looks people up in the national
 * Population Information System; here the register is filled by the synthetic demo region.
 * Reads of individual residents belong to the modules that have a reason to make them, and they
 * write the access log; this facade offers only registration and aggregate counts for now.
 */
@Service
public class Population implements fi.yhdessa.platform.ResidentRegister {

	private static final int BATCH = 2_000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;

	Population(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Registers households, their residents and guardianships in batches. */
	@Transactional
	public void register(List<Household> households, List<Resident> residents, List<Guardianship> guardianships) {
		batches.batchUpdate("insert into population.household (id, municipality_code, street_address, postcode) values (?, ?, ?, ?)",
				households, BATCH, (ps, h) -> {
					ps.setObject(1, h.id().value());
					ps.setString(2, h.municipalityCode());
					ps.setString(3, h.streetAddress());
					ps.setString(4, h.postcode());
				});
		batches.batchUpdate("""
				insert into population.resident (id, personal_identity_code, first_names, last_name, birth_date, municipality_code, household_id, mother_tongue)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", residents, BATCH, (ps, r) -> {
			ps.setObject(1, r.id().value());
			ps.setString(2, r.personalIdentityCode().value());
			ps.setString(3, r.firstNames());
			ps.setString(4, r.lastName());
			ps.setDate(5, Date.valueOf(r.birthDate()));
			ps.setString(6, r.municipalityCode());
			ps.setObject(7, r.householdId().value());
			ps.setString(8, r.motherTongue());
		});
		batches.batchUpdate("insert into population.guardianship (guardian_id, child_id) values (?, ?)", guardianships, BATCH,
				(ps, g) -> {
					ps.setObject(1, g.guardian().value());
					ps.setObject(2, g.child().value());
				});
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<Identified> identify(fi.yhdessa.platform.PersonalIdentityCode code) {
		return jdbc.sql("select id, first_names, last_name from population.resident where personal_identity_code = :code")
			.param("code", code.value())
			.query((rs, n) -> new Identified(rs.getObject("id", java.util.UUID.class), rs.getString("first_names") + " " + rs.getString("last_name")))
			.optional();
	}

	@Transactional(readOnly = true)
	public long residentCount() {
		return jdbc.sql("select count(*) from population.resident").query(Long.class).single();
	}

	/** Residents per municipality code: a figure, not personal data. */
	@Transactional(readOnly = true)
	public Map<String, Long> residentsByMunicipality() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select municipality_code, count(*) as n from population.resident group by municipality_code")
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getString("municipality_code"), rs.getLong("n"));
			});
		return counts;
	}
}
