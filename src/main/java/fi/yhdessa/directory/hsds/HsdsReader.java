package fi.yhdessa.directory.hsds;

import fi.yhdessa.network.Municipality;
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
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the HSDS services of one import: what the directory holds of each, or the
 * reasons it cannot be taken, in the language of the report; and what it does not hold.
 */
final class HsdsReader {

	private static final Set<String> SERVICE_FIELDS = Set.of("id", "name", "description", "url", "email", "status", "fees_description", "fees",
			"cost_options", "minimum_age", "maximum_age", "languages", "phones", "organization", "organization_id", "service_at_locations",
			"schedules", "attributes", "eligibility_description", "last_modified");

	private static final Set<String> LOCATION_FIELDS = Set.of("id", "name", "latitude", "longitude", "addresses", "accessibility", "organization_id",
			"location_type");

	private static final Set<String> STATES = Set.of("active", "inactive", "defunct", "temporarily closed");

	private final Held held;
	private final MessageSource messages;
	private final Locale locale;
	private final Map<String, String> municipalityByName = new HashMap<>();
	private final Set<String> unheldFields = new TreeSet<>();
	private final Set<String> notes = new LinkedHashSet<>();

	HsdsReader(Held held, MessageSource messages, Locale locale) {
		this.held = held;
		this.messages = messages;
		this.locale = locale;
		for (Municipality municipality : held.municipalities()) {
			municipalityByName.put(municipality.nameFi().toLowerCase(Locale.ROOT), municipality.code());
			municipalityByName.put(municipality.nameSv().toLowerCase(Locale.ROOT), municipality.code());
		}
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** What the directory could not keep: schedules it does not hold, and the fields it has no place for. */
	List<String> notes() {
		List<String> all = new ArrayList<>(notes);
		if (!unheldFields.isEmpty()) {
			all.add(message("import.note.unheld", String.join(", ", unheldFields)));
		}
		return all;
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
		if (name == null && !held.organisation(id)) {
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
		else if (!held.place(placeId)) {
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
		return held.municipalityOfPostcode(postcode);
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

	/** What the reader asks of what is already held: municipalities, organisations, places and postcodes. */
	interface Held {

		List<Municipality> municipalities();

		boolean organisation(UUID id);

		boolean place(UUID id);

		/** The municipality code of a postcode, or null when the postcode is not known. */
		String municipalityOfPostcode(String postcode);
	}

	record Parsed(int record, String id, String name, List<String> reasons, ServiceIn service) {
	}

	record ServiceIn(UUID id, OrganisationIn organisation, String name, String description, String url, String email, String state,
			Integer minAge, Integer maxAge, String cost, Boolean noReferral, List<String> languages, List<PhoneIn> phones, List<AtIn> places,
			List<TermIn> terms) {
	}

	record OrganisationIn(UUID id, String name, String website) {
	}

	record PhoneIn(UUID id, String number) {
	}

	record AtIn(UUID id, UUID placeId, PlaceIn place, List<ScheduleIn> schedules) {
	}

	record PlaceIn(UUID id, UUID organisationId, String name, Double latitude, Double longitude, String street, String city, String postcode,
			String country, String municipalityCode, String accessibility) {
	}

	record ScheduleIn(UUID id, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, LocalDate from, LocalDate until) {
	}

	record TermIn(UUID id, String code, String name) {
	}
}
