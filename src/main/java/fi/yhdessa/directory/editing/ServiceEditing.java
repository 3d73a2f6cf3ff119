package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.ServiceKind;
import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors and coordinators do to services and activities: create them as drafts, change
 * them, publish and withdraw them; every save is written to the change history with who, when
 * and which fields. A change saved meanwhile by someone else is never overwritten.
 */
@Component
class ServiceEditing {

	static final List<String> STATES = List.of("DRAFT", "PUBLISHED", "WITHDRAWN");

	private final JdbcClient jdbc;
	private final SearchChanges changes;
	private final ChangeHistory history;

	ServiceEditing(JdbcClient jdbc, SearchChanges changes, ChangeHistory history) {
		this.history = history;
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/** A service in the editor's list. */
	record Listing(UUID id, ServiceKind kind, LocalizedText name, String state, UUID organisationId, Instant updatedAt) {
	}

	/** A service as it is now, ready for the form. */
	record Editable(UUID id, UUID organisationId, String state, ServiceForm form) {
	}

	@Transactional(readOnly = true)
	PageOf<Listing> list(UUID organisation, PageRequest page) {
		String where = organisation == null ? "true" : "organisation_id = :organisation";
		List<Listing> rows = jdbc.sql("""
				select id, kind, name_fi, name_sv, name_en, state, organisation_id, updated_at from directory.service where %s
				order by updated_at desc, coalesce(name_fi, name_sv, name_en) limit :limit offset :offset
				""".formatted(where))
			.param("organisation", organisation)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Listing(rs.getObject("id", UUID.class), ServiceKind.valueOf(rs.getString("kind")),
					LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")), rs.getString("state"),
					rs.getObject("organisation_id", UUID.class), rs.getTimestamp("updated_at").toInstant()))
			.list();
		long total = jdbc.sql("select count(*) from directory.service where " + where).param("organisation", organisation).query(Long.class).single();
		return new PageOf<>(rows, page, total);
	}

	@Transactional(readOnly = true)
	Optional<Editable> load(UUID id) {
		return jdbc.sql("select * from directory.service where id = :id").param("id", id).query((rs, n) -> {
			ServiceForm form = new ServiceForm();
			form.setKind(rs.getString("kind"));
			form.setOrganisation(rs.getString("organisation_id"));
			form.setNameFi(rs.getString("name_fi"));
			form.setNameSv(rs.getString("name_sv"));
			form.setNameEn(rs.getString("name_en"));
			form.setDescriptionFi(rs.getString("description_fi"));
			form.setDescriptionSv(rs.getString("description_sv"));
			form.setDescriptionEn(rs.getString("description_en"));
			form.setUniversal(rs.getBoolean("universal"));
			form.setMinAge((Integer) rs.getObject("min_age"));
			form.setMaxAge((Integer) rs.getObject("max_age"));
			form.setFreeOfCharge(rs.getBoolean("free_of_charge"));
			form.setCost(rs.getString("cost_fi"));
			form.setNoReferral(rs.getBoolean("no_referral"));
			form.setLanguages(strings(rs.getArray("languages")));
			form.setMunicipalities(strings(rs.getArray("municipality_codes")));
			form.setEmail(rs.getString("email"));
			form.setPhone(rs.getString("phone"));
			form.setUrl(rs.getString("url"));
			form.setVersion(rs.getInt("version"));
			return new Editable(id, rs.getObject("organisation_id", UUID.class), rs.getString("state"), form);
		}).optional().map(editable -> {
			ServiceForm form = editable.form();
			form.setTopics(jdbc.sql("select t.code from directory.service_topic st join directory.taxonomy_term t on t.id = st.term_id where st.service_id = :id order by t.code")
				.param("id", id)
				.query(String.class)
				.list());
			form.setHours(jdbc.sql("""
					select sal.location_id, h.weekday, h.opens_at, h.closes_at from directory.weekly_hours h
					join directory.service_at_location sal on sal.id = h.service_at_location_id where sal.service_id = :id
					order by h.weekday, h.opens_at, sal.location_id
					""")
				.param("id", id)
				.query((rs, n) -> new ServiceForm.HoursRow(rs.getString("location_id"), String.valueOf(rs.getInt("weekday")),
						time(rs.getTime("opens_at")), time(rs.getTime("closes_at"))))
				.list());
			form.setClosures(jdbc.sql("""
					select sal.location_id, e.day, e.note_fi from directory.hours_exception e
					join directory.service_at_location sal on sal.id = e.service_at_location_id where sal.service_id = :id and e.closed
					order by e.day, sal.location_id
					""")
				.param("id", id)
				.query((rs, n) -> new ServiceForm.ClosureRow(rs.getString("location_id"), rs.getDate("day").toString(), rs.getString("note_fi")))
				.list());
			return editable;
		});
	}

	/** Saves a new service as a draft of {@code organisation}; it is not public until it is published. */
	@Transactional
	UUID create(UUID organisation, ServiceForm form, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into directory.service (id, organisation_id, kind, state, name_fi, name_sv, name_en, description_fi, description_sv, description_en,
				  universal, updated_by)
				values (:id, :organisation, :kind, 'DRAFT', :nameFi, :nameSv, :nameEn, :descFi, :descSv, :descEn, true, :by)
				""")
			.param("id", id)
			.param("organisation", organisation)
			.param("kind", form.getKind())
			.params(texts(form))
			.param("by", by)
			.update();
		write(id, organisation, form, by);
		record(id, "CREATED", by, List.of());
		changes.servicesChanged(List.of(id));
		return id;
	}

	/**
	 * Saves the form over the service.
	 *
	 * @return false, saving nothing, when someone else saved the service after {@code form.version}
	 */
	@Transactional
	boolean update(UUID id, UUID organisation, ServiceForm form, String by) {
		Editable before = load(id).orElseThrow();
		if (before.form().getVersion() != form.getVersion()) {
			return false;
		}
		write(id, organisation, form, by);
		List<String> changed = changedFields(before.form(), form);
		record(id, "UPDATED", by, changed);
		changes.servicesChanged(List.of(id));
		return true;
	}

	@Transactional
	void changeState(UUID id, String state, String by) {
		jdbc.sql("update directory.service set state = :state, updated_at = now(), updated_by = :by, version = version + 1 where id = :id")
			.param("id", id)
			.param("state", state)
			.param("by", by)
			.update();
		record(id, state, by, List.of());
		changes.servicesChanged(List.of(id));
	}

	private void write(UUID id, UUID organisation, ServiceForm form, String by) {
		jdbc.sql("""
				update directory.service set organisation_id = :organisation, kind = :kind, name_fi = :nameFi, name_sv = :nameSv, name_en = :nameEn,
				  description_fi = :descFi, description_sv = :descSv, description_en = :descEn, universal = :universal, min_age = :minAge,
				  max_age = :maxAge, free_of_charge = :free, cost_fi = :cost, no_referral = :noReferral, languages = :languages,
				  municipality_codes = :municipalities, email = :email, phone = :phone, url = :url,
				  updated_at = now(), updated_by = :by, version = version + 1
				where id = :id
				""")
			.param("id", id)
			.param("organisation", organisation)
			.param("kind", form.getKind())
			.params(texts(form))
			.param("universal", form.isUniversal())
			.param("minAge", form.getMinAge())
			.param("maxAge", form.getMaxAge())
			.param("free", form.isFreeOfCharge())
			.param("cost", form.isFreeOfCharge() ? null : blankToNull(form.getCost()))
			.param("noReferral", form.isNoReferral())
			.param("languages", form.getLanguages().toArray(String[]::new))
			.param("municipalities", form.getMunicipalities().stream().sorted().toArray(String[]::new))
			.param("email", blankToNull(form.getEmail()))
			.param("phone", blankToNull(form.getPhone()))
			.param("url", blankToNull(form.getUrl()))
			.param("by", by)
			.update();
		jdbc.sql("delete from directory.service_topic where service_id = :id").param("id", id).update();
		jdbc.sql("insert into directory.service_topic (service_id, term_id) select :id, id from directory.taxonomy_term where code = any(:codes)")
			.param("id", id)
			.param("codes", form.getTopics().toArray(String[]::new))
			.update();
		writeHours(id, form.getHours().stream().filter(row -> !row.isEmpty()).toList());
		writeClosures(id, form.getClosures().stream().filter(row -> !row.isEmpty()).toList());
	}

	/** Replaces the closed days; each is at a place the service has hours at (checked before). */
	private void writeClosures(UUID id, List<ServiceForm.ClosureRow> rows) {
		jdbc.sql("delete from directory.hours_exception where service_at_location_id in (select id from directory.service_at_location where service_id = :id)")
			.param("id", id)
			.update();
		for (ServiceForm.ClosureRow row : rows) {
			jdbc.sql("""
					insert into directory.hours_exception (id, service_at_location_id, day, closed, note_fi)
					select :exception, sal.id, :day, true, :note from directory.service_at_location sal where sal.service_id = :id and sal.location_id = :place
					""")
				.param("exception", UUID.randomUUID())
				.param("id", id)
				.param("place", UUID.fromString(row.getPlace()))
				.param("day", java.sql.Date.valueOf(row.getDay()))
				.param("note", blankToNull(row.getNote()))
				.update();
		}
	}

	/** Replaces the weekly hours; a place left without hours is no longer a place of the service. */
	private void writeHours(UUID id, List<ServiceForm.HoursRow> rows) {
		jdbc.sql("delete from directory.weekly_hours where service_at_location_id in (select id from directory.service_at_location where service_id = :id)")
			.param("id", id)
			.update();
		List<UUID> places = rows.stream().map(row -> UUID.fromString(row.getPlace())).distinct().toList();
		String stale = "select id from directory.service_at_location where service_id = :id and location_id <> all(:places)";
		jdbc.sql("delete from directory.hours_exception where service_at_location_id in (" + stale + ")")
			.param("id", id)
			.param("places", places.toArray(UUID[]::new))
			.update();
		jdbc.sql("delete from directory.service_at_location where id in (" + stale + ")").param("id", id).param("places", places.toArray(UUID[]::new)).update();
		for (UUID place : places) {
			jdbc.sql("insert into directory.service_at_location (id, service_id, location_id) values (:at, :id, :place) on conflict (service_id, location_id) do nothing")
				.param("at", UUID.nameUUIDFromBytes((id + "@" + place).getBytes(StandardCharsets.UTF_8)))
				.param("id", id)
				.param("place", place)
				.update();
		}
		for (ServiceForm.HoursRow row : rows) {
			jdbc.sql("""
					insert into directory.weekly_hours (id, service_at_location_id, weekday, opens_at, closes_at)
					select :hours, sal.id, :weekday, :opens, :closes from directory.service_at_location sal where sal.service_id = :id and sal.location_id = :place
					""")
				.param("hours", UUID.randomUUID())
				.param("id", id)
				.param("place", UUID.fromString(row.getPlace()))
				.param("weekday", Integer.parseInt(row.getWeekday()))
				.param("opens", Time.valueOf(LocalTime.parse(row.getOpens())))
				.param("closes", Time.valueOf(LocalTime.parse(row.getCloses())))
				.update();
		}
	}

	private void record(UUID id, String action, String by, List<String> fields) {
		history.record(ChangeHistory.Kind.SERVICE, id, action, by, fields);
	}

	/** The names of the fields whose value differs; each has the message key {@code edit.field.NAME}. */
	static List<String> changedFields(ServiceForm before, ServiceForm after) {
		Map<String, Object> old = values(before);
		Map<String, Object> now = values(after);
		return old.keySet().stream().filter(field -> !Objects.equals(old.get(field), now.get(field))).toList();
	}

	private static Map<String, Object> values(ServiceForm form) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organisation", form.getOrganisation());
		values.put("kind", form.getKind());
		values.put("name", List.of(form.getNameFi(), form.getNameSv(), form.getNameEn()));
		values.put("description", List.of(form.getDescriptionFi(), form.getDescriptionSv(), form.getDescriptionEn()));
		values.put("ages", java.util.Arrays.asList(form.isUniversal(), form.getMinAge(), form.getMaxAge()));
		values.put("cost", List.of(form.isFreeOfCharge(), form.isFreeOfCharge() ? "" : form.getCost()));
		values.put("noReferral", form.isNoReferral());
		values.put("languages", form.getLanguages().stream().sorted().toList());
		values.put("topics", form.getTopics().stream().sorted().toList());
		values.put("municipalities", form.getMunicipalities().stream().sorted().toList());
		values.put("contact", List.of(form.getEmail(), form.getPhone(), form.getUrl()));
		values.put("hours", form.getHours().stream().filter(row -> !row.isEmpty())
			.map(row -> row.getPlace() + " " + row.getWeekday() + " " + row.getOpens() + "-" + row.getCloses()).sorted().toList());
		values.put("closures", form.getClosures().stream().filter(row -> !row.isEmpty())
			.map(row -> row.getPlace() + " " + row.getDay() + " " + row.getNote()).sorted().toList());
		return values;
	}

	/** The names and descriptions, as parameters {@code nameFi} … {@code descEn}; a blank one is not given. */
	private static Map<String, Object> texts(ServiceForm form) {
		Map<String, Object> texts = new java.util.HashMap<>();
		texts.put("nameFi", blankToNull(form.getNameFi()));
		texts.put("nameSv", blankToNull(form.getNameSv()));
		texts.put("nameEn", blankToNull(form.getNameEn()));
		texts.put("descFi", blankToNull(form.getDescriptionFi()));
		texts.put("descSv", blankToNull(form.getDescriptionSv()));
		texts.put("descEn", blankToNull(form.getDescriptionEn()));
		return texts;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? new ArrayList<>() : new ArrayList<>(List.of((String[]) array.getArray()));
	}

	private static String time(Time time) {
		return time.toLocalTime().toString().substring(0, 5);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
