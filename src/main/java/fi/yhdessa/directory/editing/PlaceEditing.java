package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What editors and coordinators do to places: add them and change them, with the change history. */
@Component
class PlaceEditing {

	private final JdbcClient jdbc;
	private final SearchChanges changes;
	private final ChangeHistory history;

	PlaceEditing(JdbcClient jdbc, SearchChanges changes, ChangeHistory history) {
		this.history = history;
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/** A place in a list or a choice. */
	record Listing(UUID id, LocalizedText name, String street, String municipalityCode, UUID organisationId) {
	}

	@Transactional(readOnly = true)
	PageOf<Listing> list(UUID organisation, PageRequest page) {
		String where = organisation == null ? "true" : "organisation_id = :organisation";
		List<Listing> rows = jdbc.sql("""
				select * from directory.location where %s order by coalesce(name_fi, name_sv, name_en) collate "fi-x-icu", id limit :limit offset :offset
				""".formatted(where))
			.param("organisation", organisation)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Listing(rs.getObject("id", UUID.class), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"),
					rs.getString("name_en")), rs.getString("street_address"), rs.getString("municipality_code"), rs.getObject("organisation_id", UUID.class)))
			.list();
		long total = jdbc.sql("select count(*) from directory.location where " + where).param("organisation", organisation).query(Long.class).single();
		return new PageOf<>(rows, page, total);
	}

	/** Every place of one organisation, for choosing where a service is given. */
	@Transactional(readOnly = true)
	List<Listing> all(UUID organisation) {
		return list(organisation, new PageRequest(1, 200)).items();
	}

	@Transactional(readOnly = true)
	Optional<PlaceForm> load(UUID id) {
		return jdbc.sql("select * from directory.location where id = :id").param("id", id).query((rs, n) -> {
			PlaceForm form = new PlaceForm();
			form.setOrganisation(rs.getString("organisation_id"));
			form.setNameFi(rs.getString("name_fi"));
			form.setNameSv(rs.getString("name_sv"));
			form.setNameEn(rs.getString("name_en"));
			form.setStreet(rs.getString("street_address"));
			form.setPostcode(rs.getString("postcode"));
			form.setMunicipality(rs.getString("municipality_code"));
			form.setLatitude((Double) rs.getObject("latitude"));
			form.setLongitude((Double) rs.getObject("longitude"));
			form.setAccessibilityFi(rs.getString("accessibility_fi"));
			form.setAccessibilitySv(rs.getString("accessibility_sv"));
			form.setAccessibilityEn(rs.getString("accessibility_en"));
			return form;
		}).optional();
	}

	/** Adds a place, or saves the form over one; the services given there are searchable with the new address at once. */
	@Transactional
	UUID save(UUID id, UUID organisation, PlaceForm form, String by) {
		boolean created = id == null;
		UUID place = created ? UUID.randomUUID() : id;
		List<String> changed = created ? List.of() : load(place).map(before -> changedFields(before, form)).orElse(List.of());
		jdbc.sql("""
				insert into directory.location as l (id, organisation_id, name_fi, name_sv, name_en, street_address, postcode, municipality_code,
				  latitude, longitude, accessibility_fi, accessibility_sv, accessibility_en, updated_by)
				values (:id, :organisation, :nameFi, :nameSv, :nameEn, :street, :postcode, :municipality, :lat, :lon, :accFi, :accSv, :accEn, :by)
				on conflict (id) do update set organisation_id = excluded.organisation_id, name_fi = excluded.name_fi, name_sv = excluded.name_sv,
				  name_en = excluded.name_en, street_address = excluded.street_address, postcode = excluded.postcode,
				  municipality_code = excluded.municipality_code, latitude = excluded.latitude, longitude = excluded.longitude,
				  accessibility_fi = excluded.accessibility_fi, accessibility_sv = excluded.accessibility_sv, accessibility_en = excluded.accessibility_en,
				  updated_at = now(), updated_by = excluded.updated_by
				""")
			.param("id", place)
			.param("organisation", organisation)
			.param("nameFi", blankToNull(form.getNameFi()))
			.param("nameSv", blankToNull(form.getNameSv()))
			.param("nameEn", blankToNull(form.getNameEn()))
			.param("street", form.getStreet())
			.param("postcode", form.getPostcode())
			.param("municipality", form.getMunicipality())
			.param("lat", form.getLatitude())
			.param("lon", form.getLongitude())
			.param("accFi", blankToNull(form.getAccessibilityFi()))
			.param("accSv", blankToNull(form.getAccessibilitySv()))
			.param("accEn", blankToNull(form.getAccessibilityEn()))
			.param("by", by)
			.update();
		history.record(ChangeHistory.Kind.PLACE, place, created ? "CREATED" : "UPDATED", by, changed);
		changes.servicesChanged(jdbc.sql("select service_id from directory.service_at_location where location_id = :id").param("id", place).query(UUID.class).list());
		return place;
	}

	private static List<String> changedFields(PlaceForm before, PlaceForm after) {
		List<String> changed = new ArrayList<>();
		if (!List.of(before.getNameFi(), before.getNameSv(), before.getNameEn()).equals(List.of(after.getNameFi(), after.getNameSv(), after.getNameEn()))) {
			changed.add("name");
		}
		if (!List.of(before.getStreet(), before.getPostcode(), before.getMunicipality())
			.equals(List.of(after.getStreet(), after.getPostcode(), after.getMunicipality()))) {
			changed.add("address");
		}
		if (!Objects.equals(before.getLatitude(), after.getLatitude()) || !Objects.equals(before.getLongitude(), after.getLongitude())) {
			changed.add("coordinates");
		}
		if (!List.of(before.getAccessibilityFi(), before.getAccessibilitySv(), before.getAccessibilityEn())
			.equals(List.of(after.getAccessibilityFi(), after.getAccessibilitySv(), after.getAccessibilityEn()))) {
			changed.add("accessibility");
		}
		if (!before.getOrganisation().equals(after.getOrganisation())) {
			changed.add("organisation");
		}
		return changed;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
