package fi.yhdessa.directory;

import fi.yhdessa.network.DirectoryEntries;
import fi.yhdessa.platform.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the network's questions of the directory: published services and places by municipality, names, and the services at each place. */
@Component
class NetworkDirectoryEntries implements DirectoryEntries {

	private static final int MAX_CHOICES = 300;

	private final JdbcClient jdbc;

	NetworkDirectoryEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> services(String municipalityCode) {
		return jdbc.sql("""
				select s.id, s.name_fi, s.name_sv, s.name_en from directory.service s
				where s.state = 'PUBLISHED' and (:m = any(s.municipality_codes) or exists (select 1 from directory.service_at_location sl
				  join directory.location l on l.id = sl.location_id where sl.service_id = s.id and l.municipality_code = :m))
				order by s.name_fi collate "fi-x-icu", s.id limit :limit
				""")
			.param("m", municipalityCode)
			.param("limit", MAX_CHOICES)
			.query(NetworkDirectoryEntries::entry)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> places(String municipalityCode) {
		return jdbc.sql("select id, name_fi, name_sv, name_en from directory.location where municipality_code = ? order by name_fi collate \"fi-x-icu\" limit ?")
			.params(municipalityCode, MAX_CHOICES)
			.query(NetworkDirectoryEntries::entry)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, LocalizedText> serviceNames(Collection<UUID> ids) {
		Map<UUID, LocalizedText> names = new HashMap<>();
		jdbc.sql("select id, name_fi, name_sv, name_en from directory.service where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(NetworkDirectoryEntries::entry)
			.list()
			.forEach(e -> names.put(e.id(), e.name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Site> sites(List<UUID> placeIds) {
		Map<UUID, List<Entry>> services = new HashMap<>();
		jdbc.sql("""
				select sl.location_id, s.id, s.name_fi, s.name_sv, s.name_en from directory.service_at_location sl join directory.service s on s.id = sl.service_id
				where sl.location_id = any(?) and s.state = 'PUBLISHED' order by s.name_fi collate "fi-x-icu"
				""")
			.param(placeIds.toArray(UUID[]::new))
			.query((ResultSet rs) -> {
				services.computeIfAbsent(rs.getObject("location_id", UUID.class), k -> new ArrayList<>()).add(entry(rs, 0));
			});
		Map<UUID, Site> sites = new LinkedHashMap<>();
		jdbc.sql("select * from directory.location where id = any(?)")
			.param(placeIds.toArray(UUID[]::new))
			.query((ResultSet rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				sites.put(id, new Site(id, name(rs), rs.getString("street_address"), rs.getString("postcode"),
						LocalizedText.ofNullable(rs.getString("accessibility_fi"), null, null), services.getOrDefault(id, List.of())));
			});
		return placeIds.stream().map(sites::get).filter(Objects::nonNull).toList();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), name(rs));
	}

	private static LocalizedText name(ResultSet rs) throws SQLException {
		return LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"));
	}
}
