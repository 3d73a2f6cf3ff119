package fi.yhdessa.directory.hsds;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.SearchRequest;
import fi.yhdessa.directory.SearchResults;
import fi.yhdessa.directory.ServiceHit;
import fi.yhdessa.directory.geo.Distances;
import fi.yhdessa.network.Municipality;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Organisation;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageRequest;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the directory in the shapes of Open Referral HSDS 3.0, in the language asked for (Finnish where a text is missing). */
@Component
@Transactional(readOnly = true)
class HsdsCatalogue {

	static final UUID TAXONOMY = UUID.nameUUIDFromBytes("yhdessa-topics".getBytes(StandardCharsets.UTF_8));
	private static final String PUBLISHED = "s.state in ('PUBLISHED', 'WITHDRAWN')";

	private final JdbcClient jdbc;
	private final Network network;
	private final Directory directory;
	private final MessageSource messages;
	private final HsdsFamilyCentres familyCentres;

	HsdsCatalogue(JdbcClient jdbc, Network network, Directory directory, MessageSource messages, HsdsFamilyCentres familyCentres) {
		this.familyCentres = familyCentres;
		this.jdbc = jdbc;
		this.network = network;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * @param postcode with it, nearest first
	 * @param proximityKm with a postcode, only services with a place within this distance
	 */
	record ServiceQuery(String search, UUID taxonomyTermId, UUID organizationId, Instant modifiedAfter, String postcode, Double proximityKm, int page,
			int perPage) {
	}

	Hsds.Page<Hsds.Service> services(ServiceQuery query, Locale locale) {
		Optional<double[]> near = directory.locate(query.postcode() == null ? null : SearchRequest.Near.postcode(query.postcode()));
		if (query.search() != null && !query.search().isBlank() && query.taxonomyTermId() == null && query.organizationId() == null
				&& query.modifiedAfter() == null) {
			SearchRequest request = new SearchRequest(query.search(), null, null, null, null, null, null, false, false, false,
					query.postcode() == null ? null : SearchRequest.Near.postcode(query.postcode()).within(query.proximityKm()), false, query.page(),
					query.perPage());
			SearchResults results = directory.search(request);
			Map<UUID, Hsds.Service> byId = summaries("s.id = any(:ids)", Map.of("ids", results.hits().stream().map(ServiceHit::id).toArray(UUID[]::new)),
					locale, "s.name_fi").stream().collect(Collectors.toMap(s -> UUID.fromString(s.id()), s -> s));
			List<Hsds.Service> ordered = results.hits().stream().map(hit -> byId.get(hit.id())).filter(s -> s != null).toList();
			return Hsds.Page.of(ordered, results.total(), query.page(), query.perPage());
		}
		List<String> where = new ArrayList<>(List.of(PUBLISHED));
		Map<String, Object> params = new HashMap<>();
		if (query.taxonomyTermId() != null) {
			where.add("exists (select 1 from directory.service_topic st where st.service_id = s.id and st.term_id = :term)");
			params.put("term", query.taxonomyTermId());
		}
		if (query.organizationId() != null) {
			where.add("s.organisation_id = :organisation");
			params.put("organisation", query.organizationId());
		}
		if (query.modifiedAfter() != null) {
			where.add("s.updated_at > :modifiedAfter");
			params.put("modifiedAfter", Timestamp.from(query.modifiedAfter()));
		}
		if (query.search() != null && !query.search().isBlank()) {
			where.add("s.id = any(:matching)");
			params.put("matching", directory.search(new SearchRequest(query.search(), null, null, null, null, null, null, false, false, false, null, false,
					1, 100)).hits().stream().map(ServiceHit::id).toArray(UUID[]::new));
		}
		String order = "s.name_fi collate \"fi-x-icu\", s.id";
		if (near.isPresent()) {
			params.put("lat", near.get()[0]);
			params.put("lon", near.get()[1]);
			String distance = "(select min(" + Distances.FROM_POINT_TO_LOCATION + ") from directory.service_at_location sal"
					+ " join directory.location l on l.id = sal.location_id where sal.service_id = s.id)";
			if (query.proximityKm() != null) {
				where.add(distance + " <= :proximity");
				params.put("proximity", query.proximityKm());
			}
			order = distance + " nulls last, " + order;
		}
		String condition = String.join(" and ", where);
		long total = jdbc.sql("select count(*) from directory.service s where " + condition).params(params).query(Long.class).single();
		params.put("limit", query.perPage());
		params.put("offset", (query.page() - 1) * query.perPage());
		List<Hsds.Service> contents = summaries(condition, params, locale, order + " limit :limit offset :offset");
		return Hsds.Page.of(contents, total, query.page(), query.perPage());
	}

	Optional<Hsds.Service> service(UUID id, Locale locale) {
		return summaries(PUBLISHED + " and s.id = :id", Map.of("id", id), locale, "s.id").stream().findFirst().map(summary -> {
			List<Hsds.Phone> phones = jdbc.sql("select id, address from directory.channel where service_id = :id and kind = 'PHONE' order by address")
				.param("id", id)
				.query((rs, n) -> new Hsds.Phone(rs.getString("id"), id.toString(), rs.getString("address"), "voice", null))
				.list();
			List<Hsds.ServiceAtLocation> places = serviceAtLocations("sal.service_id = :id", Map.of("id", id), locale);
			List<Hsds.Schedule> schedules = places.stream().flatMap(p -> p.schedules().stream()).toList();
			List<Hsds.Language> languages = jdbc.sql("select unnest(languages) from directory.service where id = :id")
				.param("id", id)
				.query(String.class)
				.list()
				.stream()
				.map(code -> new Hsds.Language(UUID.nameUUIDFromBytes((id + "/language/" + code).getBytes(StandardCharsets.UTF_8)).toString(),
						id.toString(), languageName(code, locale), code))
				.toList();
			List<Hsds.Attribute> attributes = jdbc.sql("""
					select t.* from directory.taxonomy_term t join directory.service_topic st on st.term_id = t.id where st.service_id = :id order by t.code
					""")
				.param("id", id)
				.query((rs, n) -> term(rs, locale))
				.list()
				.stream()
				.map(term -> new Hsds.Attribute(UUID.nameUUIDFromBytes((id + "/attribute/" + term.id()).getBytes(StandardCharsets.UTF_8)).toString(),
						id.toString(), term.id(), "topic", "service", term))
				.toList();
			Hsds.Organization organization = organization(UUID.fromString(summary.organizationId()), locale, false).orElse(null);
			return new Hsds.Service(summary.id(), summary.organizationId(), summary.name(), summary.description(), summary.url(), summary.email(),
					summary.status(), summary.feesDescription(), summary.minimumAge(), summary.maximumAge(), summary.lastModified(),
					summary.eligibilityDescription(), phones, schedules, places, languages, organization, attributes);
		});
	}

	/** The organisations of the network, then the family centres as organisations of their own. */
	Hsds.Page<Hsds.Organization> organizations(int page, int perPage, Locale locale) {
		var organisations = network.organisations(EnumSet.noneOf(fi.yhdessa.network.OrganisationKind.class), new PageRequest(page, perPage));
		List<Hsds.Organization> contents = new ArrayList<>(organisations.items().stream().map(listing -> organization(listing.organisation(), locale, null)).toList());
		List<Network.FamilyCentreOutline> centres = network.familyCentres();
		long offset = (long) (page - 1) * perPage;
		if (contents.size() < perPage) {
			centres.stream().skip(Math.max(0, offset - organisations.total())).limit(perPage - contents.size())
				.forEach(centre -> contents.add(familyCentres.organization(centre, locale)));
		}
		return Hsds.Page.of(contents, organisations.total() + centres.size(), page, perPage);
	}

	Optional<Hsds.Organization> organization(UUID id, Locale locale, boolean withServices) {
		return network.organisation(new OrganisationId(id)).map(organisation -> organization(organisation, locale,
				withServices ? summaries(PUBLISHED + " and s.organisation_id = :id", Map.of("id", id), locale, "s.name_fi collate \"fi-x-icu\"") : null))
			.or(() -> network.familyCentres().stream().filter(c -> c.id().equals(id)).findFirst().map(c -> familyCentres.organization(c, locale)));
	}

	Hsds.Page<Hsds.ServiceAtLocation> serviceAtLocations(int page, int perPage, Locale locale) {
		long total = jdbc.sql("select count(*) from directory.service_at_location sal join directory.service s on s.id = sal.service_id where " + PUBLISHED)
			.query(Long.class)
			.single();
		List<Hsds.ServiceAtLocation> contents = serviceAtLocations("sal.id in (select sal.id from directory.service_at_location sal "
				+ "join directory.service s on s.id = sal.service_id where " + PUBLISHED + " order by sal.id limit :limit offset :offset)",
				Map.of("limit", perPage, "offset", (page - 1) * perPage), locale);
		return Hsds.Page.of(contents, total, page, perPage);
	}

	Optional<Hsds.ServiceAtLocation> serviceAtLocation(UUID id, Locale locale) {
		return serviceAtLocations("sal.id = :id", Map.of("id", id), locale).stream().findFirst();
	}

	List<Hsds.Taxonomy> taxonomies(Locale locale) {
		return List.of(new Hsds.Taxonomy(TAXONOMY.toString(), message("hsds.taxonomy.name", locale), message("hsds.taxonomy.description", locale),
				null, "1"));
	}

	Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(int page, int perPage, Locale locale) {
		long total = jdbc.sql("select count(*) from directory.taxonomy_term").query(Long.class).single();
		List<Hsds.TaxonomyTerm> contents = jdbc.sql("select * from directory.taxonomy_term order by code limit :limit offset :offset")
			.param("limit", perPage)
			.param("offset", (page - 1) * perPage)
			.query((rs, n) -> term(rs, locale))
			.list();
		return Hsds.Page.of(contents, total, page, perPage);
	}

	Optional<Hsds.TaxonomyTerm> taxonomyTerm(UUID id, Locale locale) {
		return jdbc.sql("select * from directory.taxonomy_term where id = :id").param("id", id).query((rs, n) -> term(rs, locale)).optional();
	}

	private List<Hsds.Service> summaries(String condition, Map<String, Object> params, Locale locale, String order) {
		return jdbc.sql("select s.* from directory.service s where " + condition + " order by " + order)
			.params(params)
			.query((rs, n) -> new Hsds.Service(rs.getString("id"), rs.getString("organisation_id"),
					text(rs, "name", locale), text(rs, "description", locale), rs.getString("url"), rs.getString("email"),
					"WITHDRAWN".equals(rs.getString("state")) ? "defunct" : "active", optionalText(rs, "cost", locale), (Integer) rs.getObject("min_age"),
					(Integer) rs.getObject("max_age"), DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp("updated_at").toInstant()),
					rs.getBoolean("no_referral") ? message("hsds.noReferral", locale) : null, null, null, null, null, null, null))
			.list();
	}

	private List<Hsds.ServiceAtLocation> serviceAtLocations(String condition, Map<String, Object> params, Locale locale) {
		Map<String, Municipality> municipalities = network.municipalities().stream().collect(Collectors.toMap(Municipality::code, m -> m));
		// The rows of one imported schedule share its id; the days of a row with the same hours form one HSDS schedule.
		Map<UUID, List<Hsds.Schedule>> schedules = new HashMap<>();
		jdbc.sql("""
				select h.service_at_location_id, coalesce(h.schedule_id, min(h.id::text)::uuid) as id, h.valid_from, h.valid_until, h.opens_at, h.closes_at,
				  array_agg(h.weekday order by h.weekday) as weekdays
				from directory.weekly_hours h join directory.service_at_location sal on sal.id = h.service_at_location_id
				where %s
				group by h.service_at_location_id, h.schedule_id, h.valid_from, h.valid_until, h.opens_at, h.closes_at,
				  case when h.schedule_id is null then h.id end
				order by min(h.weekday), h.opens_at
				""".formatted(condition))
			.params(params)
			.query((ResultSet rs) -> {
				UUID at = rs.getObject("service_at_location_id", UUID.class);
				String byday = Stream.of((Integer[]) rs.getArray("weekdays").getArray())
					.map(day -> DayOfWeek.of(day).name().substring(0, 2))
					.collect(Collectors.joining(","));
				schedules.computeIfAbsent(at, key -> new ArrayList<>()).add(new Hsds.Schedule(rs.getString("id"), at.toString(),
						rs.getDate("valid_from") == null ? null : rs.getDate("valid_from").toString(),
						rs.getDate("valid_until") == null ? null : rs.getDate("valid_until").toString(), "WEEKLY", byday,
						rs.getTime("opens_at").toLocalTime().toString(), rs.getTime("closes_at").toLocalTime().toString(), null));
			});
		return jdbc.sql("""
				select sal.id as at_id, sal.service_id, l.* from directory.service_at_location sal join directory.location l on l.id = sal.location_id
				where %s order by sal.id
				""".formatted(condition))
			.params(params)
			.query((rs, n) -> {
				Hsds.Location location = location(rs, locale, municipalities);
				String locationId = location.id();
				UUID at = rs.getObject("at_id", UUID.class);
				return new Hsds.ServiceAtLocation(at.toString(), rs.getString("service_id"), locationId, location, schedules.getOrDefault(at, List.of()),
						null);
			})
			.list();
	}

	/** A location of the directory as HSDS has it, from a row of {@code directory.location}. */
	static Hsds.Location location(ResultSet rs, Locale locale, Map<String, Municipality> municipalities) throws SQLException {
		String locationId = rs.getString("id");
		Municipality municipality = municipalities.get(rs.getString("municipality_code"));
		String city = municipality != null ? municipality.name(locale) : Objects.requireNonNullElse(rs.getString("city"), "");
		List<Hsds.Address> addresses = rs.getString("street_address") == null ? null
				: List.of(new Hsds.Address(derivedId(locationId, "address"), locationId, rs.getString("street_address"), city, null, city,
						Objects.requireNonNullElse(rs.getString("postcode"), ""), Objects.requireNonNullElse(rs.getString("country"), "FI"), "physical"));
		String accessibility = optionalText(rs, "accessibility", locale);
		return new Hsds.Location(locationId, "physical", rs.getString("organisation_id"), text(rs, "name", locale), (Double) rs.getObject("latitude"),
				(Double) rs.getObject("longitude"), addresses,
				accessibility == null ? null : List.of(new Hsds.Accessibility(derivedId(locationId, "accessibility"), locationId, accessibility)));
	}

	private Hsds.Organization organization(Organisation organisation, Locale locale, List<Hsds.Service> services) {
		return new Hsds.Organization(organisation.id().value().toString(), organisation.name().in(locale),
				messages.getMessage(organisation.kind().messageKey(), null, locale), organisation.website(), organisation.businessId(), null, null, services);
	}

	private Hsds.TaxonomyTerm term(ResultSet rs, Locale locale) throws SQLException {
		String name = text(rs, "name", locale);
		return new Hsds.TaxonomyTerm(rs.getString("id"), rs.getString("code"), name, name, TAXONOMY.toString(), locale.getLanguage());
	}

	private String languageName(String code, Locale locale) {
		return messages.getMessage("search.language." + code, null, code, locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String derivedId(String id, String part) {
		return UUID.nameUUIDFromBytes((id + "/" + part).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String optionalText(ResultSet rs, String column, Locale locale) throws SQLException {
		LocalizedText text = LocalizedText.ofNullable(rs.getString(column + "_fi"), rs.getString(column + "_sv"), rs.getString(column + "_en"));
		return text == null ? null : text.in(locale);
	}

	private static String text(ResultSet rs, String column, Locale locale) throws SQLException {
		return LocalizedText.of(rs.getString(column + "_fi"), rs.getString(column + "_sv"), rs.getString(column + "_en")).in(locale);
	}
}
