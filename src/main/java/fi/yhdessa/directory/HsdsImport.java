package fi.yhdessa.directory;

import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.platform.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports Open Referral HSDS 3.0 services: each one is read and checked first, and a service
 * with a fault is reported with the reasons and left out while the others are saved. Ids are
 * kept, so a second import of the same data updates; a field the data does not give keeps what
 * the directory had, and nothing the import does not name is touched. Texts go to the language
 * the import is said to be in, and the other languages stay.
 */
@Component
class HsdsImport {

	/** Services saved in one transaction; each in its own savepoint, so one failure loses only that one. */
	private static final int CHUNK = 250;

	private static final Set<String> SERVICE_FIELDS = Set.of("id", "name", "description", "url", "email", "status", "fees_description", "fees",
			"cost_options", "minimum_age", "maximum_age", "languages", "phones", "organization", "organization_id", "service_at_locations",
			"schedules", "attributes", "eligibility_description", "last_modified");

	private static final Set<String> LOCATION_FIELDS = Set.of("id", "name", "latitude", "longitude", "addresses", "accessibility", "organization_id",
			"location_type");

	private static final Set<String> STATES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private final JdbcClient jdbc;
	private final Network network;
	private final SearchIndex index;
	private final MessageSource messages;
	private final JsonMapper json;
	private final TransactionTemplate chunk;
	private final TransactionTemplate savepoint;

	HsdsImport(JdbcClient jdbc, Network network, SearchIndex index, MessageSource messages, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.json = json;
		this.jdbc = jdbc;
		this.network = network;
		this.index = index;
		this.messages = messages;
		this.chunk = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Imports HSDS data: a zip is read as a tabular data package, anything else as JSON — an array
	 * of services, or a page of them ({@code contents}).
	 *
	 * @throws IllegalArgumentException with a message in {@code locale} when it is neither
	 */
	ImportReport run(byte[] data, String language, String by, Locale locale) {
		if (!Set.of("fi", "sv", "en").contains(language)) {
			throw new IllegalArgumentException(messages.getMessage("import.invalid.language", new Object[] { language }, locale));
		}
		return run(records(data, locale), language, by, locale);
	}

	private List<JsonNode> records(byte[] data, Locale locale) {
		boolean zip = data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
		if (zip) {
			try {
				return TabularPackage.read(data).services();
			}
			catch (IllegalArgumentException | JacksonException e) {
				throw new IllegalArgumentException(messages.getMessage("import.invalid.zip", null, locale), e);
			}
		}
		try {
			JsonNode root = json.readTree(data);
			JsonNode records = root.isObject() && root.path("contents").isArray() ? root.path("contents") : root;
			if (!records.isArray()) {
				throw new IllegalArgumentException(messages.getMessage("import.invalid.json", null, locale));
			}
			return records.valueStream().toList();
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException(messages.getMessage("import.invalid.json", null, locale), e);
		}
	}

	private ImportReport run(List<JsonNode> records, String language, String by, Locale locale) {
		Run run = new Run(language, by, locale);
		Map<UUID, Integer> seen = new HashMap<>();
		List<Parsed> valid = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Parsed parsed = run.parse(records.get(i), i + 1);
			if (parsed.reasons().isEmpty() && parsed.service() != null) {
				Integer earlier = seen.putIfAbsent(parsed.service().id(), parsed.record());
				if (earlier != null) {
					parsed.reasons().add(run.message("import.reject.duplicate", earlier));
				}
			}
			if (parsed.reasons().isEmpty()) {
				valid.add(parsed);
			}
			else {
				run.reject(parsed);
			}
		}
		List<UUID> saved = new ArrayList<>();
		for (int from = 0; from < valid.size(); from += CHUNK) {
			List<Parsed> part = valid.subList(from, Math.min(valid.size(), from + CHUNK));
			chunk.executeWithoutResult(status -> {
				for (Parsed parsed : part) {
					try {
						boolean created = Boolean.TRUE.equals(savepoint.execute(inner -> run.save(parsed.service())));
						run.count(created);
						saved.add(parsed.service().id());
					}
					catch (Rejected rejected) {
						parsed.reasons().add(rejected.reason());
						run.reject(parsed);
					}
					catch (DataAccessException failure) {
						parsed.reasons().add(run.message("import.reject.saved", rootMessage(failure)));
						run.reject(parsed);
					}
				}
			});
		}
		for (int from = 0; from < saved.size(); from += CHUNK) {
			List<UUID> part = saved.subList(from, Math.min(saved.size(), from + CHUNK));
			chunk.executeWithoutResult(status -> index.reindex(part));
		}
		return run.report();
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	/** One import: its language, its findings and the counts. */
	private final class Run {

		private final String language;
		private final String by;
		private final Locale locale;
		private final Map<String, String> municipalityByName = new HashMap<>();
		private final Set<String> unheldFields = new TreeSet<>();
		private final Set<String> notes = new LinkedHashSet<>();
		private final List<ImportReport.Rejection> rejections = new ArrayList<>();
		private int created;
		private int updated;

		Run(String language, String by, Locale locale) {
			this.language = language;
			this.by = by;
			this.locale = locale;
			for (Municipality municipality : network.municipalities()) {
				municipalityByName.put(municipality.nameFi().toLowerCase(Locale.ROOT), municipality.code());
				municipalityByName.put(municipality.nameSv().toLowerCase(Locale.ROOT), municipality.code());
			}
		}

		String message(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		void count(boolean wasCreated) {
			if (wasCreated) {
				created++;
			}
			else {
				updated++;
			}
		}

		void reject(Parsed parsed) {
			rejections.add(new ImportReport.Rejection(parsed.record(), parsed.id(), parsed.name(), List.copyOf(parsed.reasons())));
		}

		ImportReport report() {
			List<String> all = new ArrayList<>(notes);
			if (!unheldFields.isEmpty()) {
				all.add(message("import.note.unheld", String.join(", ", unheldFields)));
			}
			rejections.sort(java.util.Comparator.comparingInt(ImportReport.Rejection::record));
			return new ImportReport(created, updated, rejections.size(), List.copyOf(rejections), all);
		}

		Parsed parse(JsonNode node, int record) {
			List<String> reasons = new ArrayList<>();
			if (node == null || !node.isObject()) {
				reasons.add(message("import.reject.notObject"));
				return new Parsed(record, null, null, reasons, null);
			}
			String rawId = text(node, "id");
			String name = text(node, "name");
			UUID id = uuid(rawId);
			if (id == null) {
				reasons.add(message("import.reject.id", rawId == null ? "" : rawId));
			}
			if (name == null) {
				reasons.add(message("import.reject.name"));
			}
			String description = text(node, "description");
			if (description == null) {
				reasons.add(message("import.reject.description"));
			}
			String status = text(node, "status");
			if (status == null || !STATES.contains(status)) {
				reasons.add(message("import.reject.status", status == null ? "" : status));
			}
			Integer minAge = age(node, "minimum_age", reasons);
			Integer maxAge = age(node, "maximum_age", reasons);
			if (minAge != null && maxAge != null && minAge > maxAge) {
				reasons.add(message("import.reject.ageRange", minAge, maxAge));
			}
			OrganisationIn organisation = organisation(node, reasons);
			List<AtIn> places = new ArrayList<>();
			Set<UUID> scheduleIds = new HashSet<>();
			for (JsonNode at : node.path("service_at_locations")) {
				AtIn place = serviceAtLocation(at, organisation == null ? null : organisation.id(), reasons);
				if (place != null) {
					places.add(place);
					place.schedules().forEach(schedule -> scheduleIds.add(schedule.id()));
				}
			}
			for (JsonNode schedule : node.path("schedules")) {
				ScheduleIn parsed = schedule(schedule, reasons);
				if (parsed == null || scheduleIds.contains(parsed.id())) {
					continue;
				}
				UUID atId = uuid(text(schedule, "service_at_location_id"));
				List<AtIn> targets = places.stream()
					.filter(at -> atId != null ? at.id().equals(atId) : places.size() == 1 && at.schedules().isEmpty())
					.toList();
				if (targets.isEmpty()) {
					notes.add(message("import.note.schedule", parsed.id()));
				}
				else {
					targets.getFirst().schedules().add(parsed);
				}
			}
			List<TermIn> terms = new ArrayList<>();
			for (JsonNode attribute : node.path("attributes")) {
				JsonNode term = attribute.path("taxonomy_term");
				UUID termId = uuid(text(attribute, "taxonomy_term_id") != null ? text(attribute, "taxonomy_term_id") : text(term, "id"));
				if (termId == null) {
					continue;
				}
				terms.add(new TermIn(termId, text(term, "code"), text(term, "name")));
			}
			node.propertyNames().stream()
				.filter(field -> !SERVICE_FIELDS.contains(field) && !node.path(field).isNull())
				.forEach(unheldFields::add);
			if (!reasons.isEmpty()) {
				return new Parsed(record, rawId, name, reasons, null);
			}
			String cost = text(node, "fees_description") != null ? text(node, "fees_description") : text(node, "fees");
			if (cost == null && !node.path("cost_options").isEmpty()) {
				cost = costOptions(node.path("cost_options"));
			}
			List<String> languages = node.has("languages") ? node.path("languages")
				.valueStream()
				.map(language -> text(language, "code"))
				.filter(code -> code != null)
				.distinct()
				.toList() : null;
			List<PhoneIn> phones = node.path("phones")
				.valueStream()
				.filter(phone -> text(phone, "number") != null)
				.map(phone -> new PhoneIn(uuid(text(phone, "id")), text(phone, "number")))
				.toList();
			String eligibility = text(node, "eligibility_description");
			Boolean noReferral = eligibility != null && Stream.of("fi", "sv", "en")
				.anyMatch(lang -> eligibility.equals(messages.getMessage("hsds.noReferral", null, Locale.of(lang)))) ? Boolean.TRUE : null;
			ServiceIn service = new ServiceIn(id, organisation, name, description, text(node, "url"), text(node, "email"),
					"active".equals(status) ? "PUBLISHED" : "WITHDRAWN", minAge, maxAge, cost, noReferral, languages, phones, places, terms);
			return new Parsed(record, rawId, name, reasons, service);
		}

		private OrganisationIn organisation(JsonNode node, List<String> reasons) {
			JsonNode given = node.path("organization");
			String rawId = given.isObject() ? text(given, "id") : text(node, "organization_id");
			UUID id = uuid(rawId);
			if (id == null) {
				reasons.add(message("import.reject.organization", rawId == null ? "" : rawId));
				return null;
			}
			String name = given.isObject() ? text(given, "name") : null;
			if (name == null && network.organisation(new OrganisationId(id)).isEmpty()) {
				reasons.add(message("import.reject.organization", rawId));
				return null;
			}
			return new OrganisationIn(id, name, given.isObject() ? text(given, "website") : null);
		}

		private AtIn serviceAtLocation(JsonNode at, UUID organisationId, List<String> reasons) {
			UUID id = uuid(text(at, "id"));
			JsonNode location = at.path("location");
			String rawPlace = location.isObject() ? text(location, "id") : text(at, "location_id");
			UUID placeId = uuid(rawPlace);
			if (id == null || placeId == null) {
				reasons.add(message("import.reject.location", id == null ? String.valueOf(text(at, "id")) : String.valueOf(rawPlace)));
				return null;
			}
			PlaceIn place = null;
			if (location.isObject()) {
				String name = text(location, "name");
				if (name == null) {
					reasons.add(message("import.reject.locationName", rawPlace));
					return null;
				}
				JsonNode address = location.path("addresses")
					.valueStream()
					.filter(a -> !"postal".equals(text(a, "address_type")))
					.findFirst()
					.orElse(location.path("addresses").path(0));
				String city = text(address, "city");
				String postcode = text(address, "postal_code");
				String accessibility = location.path("accessibility")
					.valueStream()
					.map(a -> text(a, "description"))
					.filter(text -> text != null)
					.collect(Collectors.joining("\n"));
				location.propertyNames()
					.stream()
					.filter(field -> !LOCATION_FIELDS.contains(field) && !location.path(field).isNull())
					.forEach(field -> unheldFields.add("location." + field));
				UUID owner = uuid(text(location, "organization_id"));
				place = new PlaceIn(placeId, owner != null ? owner : organisationId, name, number(location, "latitude"), number(location, "longitude"),
						text(address, "address_1"), city, postcode, text(address, "country"), municipality(city, postcode),
						accessibility.isEmpty() ? null : accessibility);
			}
			else if (jdbc.sql("select count(*) from directory.location where id = :id").param("id", placeId).query(Long.class).single() == 0) {
				reasons.add(message("import.reject.location", rawPlace));
				return null;
			}
			List<ScheduleIn> schedules = new ArrayList<>();
			for (JsonNode schedule : at.path("schedules")) {
				ScheduleIn parsed = schedule(schedule, reasons);
				if (parsed != null) {
					schedules.add(parsed);
				}
			}
			return new AtIn(id, placeId, place, schedules);
		}

		private ScheduleIn schedule(JsonNode schedule, List<String> reasons) {
			String rawId = text(schedule, "id");
			UUID id = uuid(rawId);
			String byday = text(schedule, "byday");
			String freq = text(schedule, "freq");
			if (id == null) {
				reasons.add(message("import.reject.schedule", String.valueOf(rawId), message("import.reject.schedule.id")));
				return null;
			}
			if (byday == null || (freq != null && !"WEEKLY".equalsIgnoreCase(freq))) {
				notes.add(message("import.note.schedule", rawId));
				return null;
			}
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			for (String day : byday.split(",")) {
				DayOfWeek parsed = weekday(day.strip());
				if (parsed == null) {
					reasons.add(message("import.reject.schedule", rawId, message("import.reject.schedule.day", day.strip())));
					return null;
				}
				days.add(parsed);
			}
			try {
				LocalTime opens = LocalTime.parse(text(schedule, "opens_at"));
				LocalTime closes = LocalTime.parse(text(schedule, "closes_at"));
				if (!opens.isBefore(closes)) {
					reasons.add(message("import.reject.schedule", rawId, message("import.reject.schedule.order", opens, closes)));
					return null;
				}
				String from = text(schedule, "valid_from");
				String until = text(schedule, "valid_to");
				return new ScheduleIn(id, days, opens, closes, from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
			}
			catch (DateTimeParseException | NullPointerException e) {
				reasons.add(message("import.reject.schedule", rawId, message("import.reject.schedule.time")));
				return null;
			}
		}

		private Integer age(JsonNode node, String field, List<String> reasons) {
			Double value = number(node, field);
			if (value == null && text(node, field) != null) {
				reasons.add(message("import.reject.age", text(node, field)));
				return null;
			}
			if (value == null) {
				return null;
			}
			if (value < 0 || value > 120 || value != Math.floor(value)) {
				reasons.add(message("import.reject.age", text(node, field)));
				return null;
			}
			return value.intValue();
		}

		private String municipality(String city, String postcode) {
			if (city != null && municipalityByName.containsKey(city.toLowerCase(Locale.ROOT))) {
				return municipalityByName.get(city.toLowerCase(Locale.ROOT));
			}
			if (postcode == null) {
				return null;
			}
			return jdbc.sql("select municipality_code from directory.postcode where postcode = :p").param("p", postcode).query(String.class).optional().orElse(null);
		}

		/** Saves one service with its places, hours, phones and topics; true when it is new. */
		Boolean save(ServiceIn service) {
			OrganisationIn organisation = service.organisation();
			if (organisation.name() != null) {
				network.importOrganisation(new OrganisationId(organisation.id()), LocalizedText.in(language, organisation.name()), organisation.website());
			}
			List<String> municipalities = service.places().stream()
				.map(AtIn::place)
				.filter(place -> place != null && place.municipalityCode() != null)
				.map(PlaceIn::municipalityCode)
				.distinct()
				.sorted()
				.toList();
			boolean created = jdbc.sql("""
					insert into directory.service as s (id, organisation_id, kind, state, name_%1$s, description_%1$s, universal, min_age, max_age,
					  free_of_charge, cost_%1$s, no_referral, languages, email, url, municipality_codes, updated_by)
					values (:id, :organisation, 'SERVICE', :state, :name, :description, true, :minAge, :maxAge,
					  coalesce(:free, false), :cost, coalesce(:noReferral, false), coalesce(cast(:languages as text[]), '{}'), :email, :url, :municipalities, :by)
					on conflict (id) do update set organisation_id = excluded.organisation_id, state = excluded.state,
					  name_%1$s = excluded.name_%1$s, description_%1$s = excluded.description_%1$s,
					  min_age = coalesce(:minAge, s.min_age), max_age = coalesce(:maxAge, s.max_age),
					  free_of_charge = coalesce(:free, s.free_of_charge), cost_%1$s = coalesce(:cost, s.cost_%1$s),
					  no_referral = coalesce(:noReferral, s.no_referral), languages = coalesce(cast(:languages as text[]), s.languages),
					  email = coalesce(:email, s.email), url = coalesce(:url, s.url),
					  municipality_codes = array(select distinct unnest(s.municipality_codes || excluded.municipality_codes) order by 1),
					  updated_at = now(), updated_by = :by, version = s.version + 1
					returning (xmax = 0) as created
					""".formatted(language))
				.param("id", service.id())
				.param("organisation", organisation.id())
				.param("state", service.state())
				.param("name", service.name())
				.param("description", service.description())
				.param("minAge", service.minAge())
				.param("maxAge", service.maxAge())
				.param("free", service.cost() == null ? null : Boolean.FALSE)
				.param("cost", service.cost())
				.param("noReferral", service.noReferral())
				.param("languages", service.languages() == null ? null : service.languages().toArray(String[]::new))
				.param("email", service.email())
				.param("url", service.url())
				.param("municipalities", municipalities.toArray(String[]::new))
				.param("by", by)
				.query(Boolean.class)
				.single();
			if (!service.phones().isEmpty()) {
				jdbc.sql("delete from directory.channel where service_id = :id and kind = 'PHONE'").param("id", service.id()).update();
				for (PhoneIn phone : service.phones()) {
					// A phone id of HSDS may be shared by the service, its places and its organisation: it is kept when no other service has it.
					boolean taken = phone.id() == null
							|| jdbc.sql("select count(*) from directory.channel where id = :id").param("id", phone.id()).query(Long.class).single() > 0;
					jdbc.sql("insert into directory.channel (id, service_id, kind, address) values (:id, :service, 'PHONE', :number) on conflict do nothing")
						.param("id", taken ? derivedId(service.id() + "/phone/" + phone.number()) : phone.id())
						.param("service", service.id())
						.param("number", phone.number())
						.update();
				}
			}
			for (AtIn at : service.places()) {
				if (at.place() != null) {
					save(at.place());
				}
				int kept = jdbc.sql("""
						insert into directory.service_at_location (id, service_id, location_id) values (:id, :service, :location)
						on conflict (id) do update set location_id = excluded.location_id where service_at_location.service_id = excluded.service_id
						""")
					.param("id", at.id())
					.param("service", service.id())
					.param("location", at.placeId())
					.update();
				if (kept == 0) {
					throw new Rejected(message("import.reject.atOfAnother", at.id()));
				}
				if (!at.schedules().isEmpty()) {
					jdbc.sql("delete from directory.weekly_hours where service_at_location_id = :at").param("at", at.id()).update();
					for (ScheduleIn schedule : at.schedules()) {
						schedule.days().forEach(day -> jdbc.sql("""
								insert into directory.weekly_hours (id, service_at_location_id, schedule_id, weekday, opens_at, closes_at, valid_from, valid_until)
								values (:id, :at, :schedule, :day, :opens, :closes, :from, :until)
								""")
							.param("id", derivedId(at.id() + "/" + schedule.id() + "/" + day))
							.param("at", at.id())
							.param("schedule", schedule.id())
							.param("day", day.getValue())
							.param("opens", Time.valueOf(schedule.opens()))
							.param("closes", Time.valueOf(schedule.closes()))
							.param("from", schedule.from() == null ? null : Date.valueOf(schedule.from()))
							.param("until", schedule.until() == null ? null : Date.valueOf(schedule.until()))
							.update());
					}
				}
			}
			for (TermIn term : service.terms()) {
				link(service.id(), term);
			}
			jdbc.sql("insert into directory.change (id, record_kind, record_id, action, changed_by) values (:id, 'SERVICE', :record, 'IMPORTED', :by)")
				.param("id", UUID.randomUUID())
				.param("record", service.id())
				.param("by", by)
				.update();
			return created;
		}

		private void save(PlaceIn place) {
			jdbc.sql("""
					insert into directory.location as l (id, organisation_id, name_%1$s, street_address, postcode, municipality_code, city, country,
					  latitude, longitude, accessibility_%1$s, updated_by)
					values (:id, :organisation, :name, :street, :postcode, :municipality, :city, :country, :lat, :lon, :accessibility, :by)
					on conflict (id) do update set name_%1$s = excluded.name_%1$s, street_address = coalesce(:street, l.street_address),
					  postcode = coalesce(:postcode, l.postcode), municipality_code = coalesce(:municipality, l.municipality_code),
					  city = coalesce(:city, l.city), country = coalesce(:country, l.country), latitude = coalesce(:lat, l.latitude),
					  longitude = coalesce(:lon, l.longitude), accessibility_%1$s = coalesce(:accessibility, l.accessibility_%1$s),
					  updated_at = now(), updated_by = :by
					""".formatted(language))
				.param("id", place.id())
				.param("organisation", place.organisationId())
				.param("name", place.name())
				.param("street", place.street())
				.param("postcode", place.postcode())
				.param("municipality", place.municipalityCode())
				.param("city", place.city())
				.param("country", place.country())
				.param("lat", place.latitude())
				.param("lon", place.longitude())
				.param("accessibility", place.accessibility())
				.param("by", by)
				.update();
		}

		private void link(UUID serviceId, TermIn term) {
			boolean known = jdbc.sql("select count(*) from directory.taxonomy_term where id = :id").param("id", term.id()).query(Long.class).single() > 0;
			if (!known) {
				if (term.name() == null) {
					throw new Rejected(message("import.reject.term", term.id()));
				}
				String code = term.code() != null ? term.code() : term.id().toString();
				if (jdbc.sql("select count(*) from directory.taxonomy_term where code = :code").param("code", code).query(Long.class).single() > 0) {
					throw new Rejected(message("import.reject.termCode", term.id(), code));
				}
				jdbc.sql("insert into directory.taxonomy_term (id, code, name_%s) values (:id, :code, :name)".formatted(language))
					.param("id", term.id())
					.param("code", code)
					.param("name", term.name())
					.update();
			}
			jdbc.sql("insert into directory.service_topic (service_id, term_id) values (:service, :term) on conflict do nothing")
				.param("service", serviceId)
				.param("term", term.id())
				.update();
		}
	}

	private static String costOptions(JsonNode options) {
		return options.valueStream()
			.map(option -> Stream.of(text(option, "option"), text(option, "amount"), text(option, "currency"), text(option, "amount_description"))
				.filter(part -> part != null)
				.collect(Collectors.joining(" ")))
			.filter(part -> !part.isBlank())
			.collect(Collectors.joining("; "));
	}

	private static DayOfWeek weekday(String code) {
		return Stream.of(DayOfWeek.values()).filter(day -> day.name().substring(0, 2).equalsIgnoreCase(code)).findFirst().orElse(null);
	}

	/** A text field, or null when it is missing, null or blank; numbers are given as their text. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.isNumber() ? value.numberValue().toString() : value.asString();
		return text.isBlank() ? null : text;
	}

	/** A number given as a JSON number or as text (tabular data); null when missing or not a number. */
	private static Double number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isNumber()) {
			return value.doubleValue();
		}
		String text = text(node, field);
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static UUID uuid(String text) {
		if (text == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(text);
			return id.toString().equalsIgnoreCase(text) ? id : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static UUID derivedId(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}

	/** Why one service could not be saved, found only while saving it. */
	private static final class Rejected extends RuntimeException {

		Rejected(String reason) {
			super(reason, null, false, false);
		}

		String reason() {
			return getMessage();
		}
	}

	private record Parsed(int record, String id, String name, List<String> reasons, ServiceIn service) {
	}

	private record ServiceIn(UUID id, OrganisationIn organisation, String name, String description, String url, String email, String state,
			Integer minAge, Integer maxAge, String cost, Boolean noReferral, List<String> languages, List<PhoneIn> phones, List<AtIn> places,
			List<TermIn> terms) {
	}

	private record OrganisationIn(UUID id, String name, String website) {
	}

	private record PhoneIn(UUID id, String number) {
	}

	private record AtIn(UUID id, UUID placeId, PlaceIn place, List<ScheduleIn> schedules) {
	}

	private record PlaceIn(UUID id, UUID organisationId, String name, Double latitude, Double longitude, String street, String city, String postcode,
			String country, String municipalityCode, String accessibility) {
	}

	private record ScheduleIn(UUID id, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, LocalDate from, LocalDate until) {
	}

	private record TermIn(UUID id, String code, String name) {
	}
}
