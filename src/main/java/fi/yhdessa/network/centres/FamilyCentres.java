package fi.yhdessa.network.centres;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.platform.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family centres of the region, one per municipality: public, and kept by the coordinator. */
@Service
public class FamilyCentres {

	private final JdbcClient jdbc;

	FamilyCentres(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a municipality's family centre or replaces what it holds. */
	@Transactional
	@PreAuthorize("hasRole('COORDINATOR')")
	public FamilyCentre save(FamilyCentre centre) {
		if (centre.name() == null) {
			throw new Refusal("centre.error.name");
		}
		UUID id = jdbc.sql("""
				insert into network.family_centre as c (id, municipality_code, name_fi, name_sv, name_en, intro_fi, intro_sv, intro_en)
				values (:id, :m, :fi, :sv, :en, :ifi, :isv, :ien)
				on conflict (municipality_code) do update set name_fi = :fi, name_sv = :sv, name_en = :en, intro_fi = :ifi, intro_sv = :isv, intro_en = :ien
				returning c.id
				""")
			.param("id", centre.id() == null ? UUID.randomUUID() : centre.id())
			.param("m", centre.municipalityCode())
			.param("fi", centre.name().fi())
			.param("sv", centre.name().sv())
			.param("en", centre.name().en())
			.param("ifi", centre.intro() == null ? null : centre.intro().fi())
			.param("isv", centre.intro() == null ? null : centre.intro().sv())
			.param("ien", centre.intro() == null ? null : centre.intro().en())
			.query(UUID.class)
			.single();
		for (String table : List.of("family_centre_site", "family_centre_channel", "family_centre_organisation", "family_centre_contact")) {
			jdbc.sql("delete from network." + table + " where family_centre_id = ?").param(id).update();
		}
		centre.sites().forEach(s -> jdbc.sql("insert into network.family_centre_site values (?, ?, ?)").params(id, s.placeId(), s.meetingPlace()).update());
		int position = 0;
		for (FamilyCentre.Channel c : centre.channels()) {
			jdbc.sql("insert into network.family_centre_channel (id, family_centre_id, kind, name_fi, name_sv, name_en, address, position) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, c.kind().name(), c.name().fi(), c.name().sv(), c.name().en(), c.address(), position++)
				.update();
		}
		centre.organisations().forEach(o -> jdbc.sql("insert into network.family_centre_organisation values (?, ?)").params(id, o).update());
		centre.contacts().forEach(p -> jdbc.sql("insert into network.family_centre_contact values (?, ?)").params(id, p).update());
		return find(centre.municipalityCode()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<FamilyCentre> all() {
		return jdbc.sql("select * from network.family_centre order by name_fi collate \"fi-x-icu\"").query(this::centre).list();
	}

	@Transactional(readOnly = true)
	public Optional<FamilyCentre> find(String municipalityCode) {
		return jdbc.sql("select * from network.family_centre where municipality_code = ?").param(municipalityCode).query(this::centre).optional();
	}

	private FamilyCentre centre(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<FamilyCentre.Site> sites = jdbc.sql("select place_id, meeting_place from network.family_centre_site where family_centre_id = ? order by meeting_place desc, place_id")
			.param(id).query((s, n) -> new FamilyCentre.Site(s.getObject("place_id", UUID.class), s.getBoolean("meeting_place"))).list();
		List<FamilyCentre.Channel> channels = jdbc.sql("select * from network.family_centre_channel where family_centre_id = ? order by position")
			.param(id)
			.query((c, n) -> new FamilyCentre.Channel(FamilyCentre.Channel.Kind.valueOf(c.getString("kind")),
					LocalizedText.of(c.getString("name_fi"), c.getString("name_sv"), c.getString("name_en")), c.getString("address")))
			.list();
		List<UUID> organisations = jdbc.sql("""
				select o.id from network.family_centre_organisation f join network.organisation o on o.id = f.organisation_id
				where f.family_centre_id = ? order by o.kind, o.name_fi
				""").param(id).query(UUID.class).list();
		List<UUID> contacts = jdbc.sql("""
				select p.id from network.family_centre_contact c join network.person p on p.id = c.person_id where c.family_centre_id = ? order by p.name
				""").param(id).query(UUID.class).list();
		return new FamilyCentre(id, rs.getString("municipality_code"), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
				LocalizedText.ofNullable(rs.getString("intro_fi"), rs.getString("intro_sv"), rs.getString("intro_en")), sites, channels, organisations, contacts);
	}
}
