package fi.yhdessa.directory;

import fi.yhdessa.directory.geo.Distances;
import fi.yhdessa.directory.search.Filters;
import fi.yhdessa.directory.search.IndexedService;
import fi.yhdessa.directory.search.NeedsVocabulary;
import fi.yhdessa.directory.search.NodeIndex;
import fi.yhdessa.directory.search.SearchLanguage;
import fi.yhdessa.directory.search.SearchQuery;
import fi.yhdessa.directory.search.ServiceIndex;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.LocalizedText;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a search on this node's Lucene index ({@link NodeIndex}, ADR 0015), which understands the
 * words in Finnish, Swedish and English, as needs and with the editors' synonyms; and reads a
 * service's details.
 */
@Component
class ServiceSearch {

	private static final String PUBLISHED = "s.state = 'PUBLISHED'";

	/** Great-circle distance in km from :lat/:lon to the nearest place of the service. */
	private static final String DISTANCE = "(select min(" + Distances.FROM_POINT_TO_LOCATION + ")"
			+ " from directory.service_at_location sal join directory.location l on l.id = sal.location_id where sal.service_id = s.id)";

	/** The other places of an activity: nearest first when distances are known, else as the index ordered them (by name). */
	private static final java.util.Comparator<ServiceHit.Elsewhere> NEAREST_FIRST = java.util.Comparator.comparing(ServiceHit.Elsewhere::distanceKm,
			java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

	private final JdbcClient jdbc;
	private final Network network;
	private final Clock clock;
	private final NodeIndex index;

	ServiceSearch(JdbcClient jdbc, Network network, Clock clock, NodeIndex index) {
		this.index = index;
		this.jdbc = jdbc;
		this.network = network;
		this.clock = clock;
	}

	/**
	 * The results from this node's search index, each read from PostgreSQL (the one source of truth)
	 * with its distance from the family and the names of the organisations as they are now; a service
	 * archived a moment ago on another node, before this node's index has caught up, is left out.
	 */
	SearchResults search(SearchRequest request) {
		return search(request, false);
	}

	/** {@link #search(SearchRequest)}, the same activity given in several places as one result with its other places. */
	SearchResults searchByActivity(SearchRequest request) {
		return search(request, true);
	}

	private SearchResults search(SearchRequest request, boolean byActivity) {
		Optional<double[]> near = locate(request.near());
		IndexedService.Point from = near.map(p -> new IndexedService.Point(p[0], p[1])).orElse(null);
		Filters filters = filters(request);
		if (from != null && request.near().withinKm() != null) {
			filters = filters.around(new Filters.Area(from, request.near().withinKm()));
		}
		SearchQuery query = new SearchQuery(request.text(), request.asYouType(), filters, from, (request.page() - 1) * request.pageSize(), request.pageSize(),
				byActivity);
		ServiceIndex.Hits found = index.search(query);
		Map<String, Object> params = new HashMap<>();
		params.put("ids", found.hits().stream().map(ServiceIndex.Hit::id).toArray(UUID[]::new));
		params.put("others", found.hits().stream().flatMap(hit -> hit.sameActivity().stream()).toArray(UUID[]::new));
		near.ifPresent(point -> {
			params.put("lat", point[0]);
			params.put("lon", point[1]);
		});
		String distance = (near.isPresent() ? DISTANCE : "null::float8") + " as distance_km";
		Map<UUID, ServiceHit> rows = new HashMap<>();
		Map<UUID, ServiceHit.Elsewhere> elsewhere = new HashMap<>();
		if (!found.hits().isEmpty()) {
			jdbc.sql("select s.*, " + distance + " from directory.service s where s.id = any(:ids) and " + PUBLISHED)
				.params(params)
				.query(ServiceSearch::hit)
				.list()
				.forEach(hit -> rows.put(hit.id(), hit));
			// The same activity's other places: only what the list of them shows.
			jdbc.sql("select s.id, s.name_fi, s.name_sv, s.name_en, s.municipality_codes, " + distance + " from directory.service s where s.id = any(:others) and "
					+ PUBLISHED)
				.params(params)
				.query((rs, n) -> new ServiceHit.Elsewhere(rs.getObject("id", UUID.class),
						LocalizedText.ofNullable(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
						List.of((String[]) rs.getArray("municipality_codes").getArray()), rs.getObject("distance_km", Double.class)))
				.list()
				.forEach(other -> elsewhere.put(other.id(), other));
		}
		Map<UUID, LocalizedText> organisations = network.organisationNames(rows.values().stream().map(ServiceHit::organisationId).distinct().toList());
		List<ServiceHit> hits = found.hits().stream()
			.filter(hit -> rows.containsKey(hit.id()))
			.map(hit -> rows.get(hit.id()).withOrganisationName(organisations.get(rows.get(hit.id()).organisationId())).helping(labels(hit.helpsWith()))
				.alsoGiven(hit.sameActivity().stream().filter(elsewhere::containsKey).map(elsewhere::get).sorted(NEAREST_FIRST).toList()))
			.toList();
		Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
		found.facets().forEach((facet, counts) -> facets.put(facet, counts.stream().map(c -> new SearchResults.FacetCount(c.value(), c.count())).toList()));
		return new SearchResults(hits, found.total(), request.page(), request.pageSize(), found.correctedText(), found.total() == 0 ? Map.of() : facets, near.isPresent(),
				labels(found.understood()));
	}

	private static List<LocalizedText> labels(List<NeedsVocabulary.Need> needs) {
		return needs.stream().map(need -> LocalizedText.of(need.label(SearchLanguage.FI), need.label(SearchLanguage.SV), need.label(SearchLanguage.EN))).toList();
	}

	/** The request's filters as the index takes them; what is open now is asked of PostgreSQL, which keeps the hours. */
	private Filters filters(SearchRequest request) {
		AgeGroup age = request.ageGroup();
		return new Filters(request.municipality(), request.topic(), age == null ? null : age.from(), age == null ? null : age.to(), request.language(),
				request.channel() == null ? null : request.channel().name(), request.kind() == null ? null : request.kind().name(), request.freeOnly(),
				request.noReferralOnly(), request.openNow() ? openNow() : null);
	}

	/** The services open now at one of their places, by their weekly hours, unless the place is closed today by an exception. */
	private List<UUID> openNow() {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.sql("""
				select distinct sal.service_id from directory.service_at_location sal join directory.weekly_hours h on h.service_at_location_id = sal.id
				where h.weekday = :weekday and h.opens_at <= :time and h.closes_at > :time
				  and (h.valid_from is null or h.valid_from <= :today) and (h.valid_until is null or h.valid_until >= :today)
				  and not exists (select 1 from directory.hours_exception e where e.service_at_location_id = sal.id and e.day = :today and e.closed)
				""")
			.param("weekday", now.getDayOfWeek().getValue())
			.param("time", Time.valueOf(now.toLocalTime()))
			.param("today", Date.valueOf(now.toLocalDate()))
			.query(UUID.class)
			.list();
	}

	/** The coordinates of a postcode or of the browser's location; empty when unknown. */
	Optional<double[]> locate(SearchRequest.Near near) {
		if (near == null) {
			return Optional.empty();
		}
		if (near.latitude() != null && near.longitude() != null) {
			return Optional.of(new double[] { near.latitude(), near.longitude() });
		}
		if (near.postcode() == null || !near.postcode().matches("[0-9]{5}")) {
			return Optional.empty();
		}
		return jdbc.sql("select latitude, longitude from directory.postcode where postcode = :postcode")
			.param("postcode", near.postcode())
			.query((rs, n) -> new double[] { rs.getDouble("latitude"), rs.getDouble("longitude") })
			.optional();
	}

	Optional<ServiceDetails> details(UUID id) {
		Optional<ServiceRow> row = jdbc.sql("select s.* from directory.service s where s.id = :id and " + PUBLISHED)
			.param("id", id)
			.query((rs, n) -> new ServiceRow(hit(rs, n), rs.getBoolean("universal"), (Integer) rs.getObject("min_age"),
					(Integer) rs.getObject("max_age"), localized(rs, "cost"), localized(rs, "accessibility")))
			.optional();
		return row.map(service -> {
			ServiceHit summary = service.hit();
			LocalizedText organisation = network.organisationNames(List.of(summary.organisationId())).get(summary.organisationId());
			summary = summary.withOrganisationName(organisation);
			List<TopicTerm> topics = jdbc.sql("""
					select t.* from directory.taxonomy_term t join directory.service_topic st on st.term_id = t.id where st.service_id = :id order by t.code
					""")
				.param("id", id)
				.query((rs, n) -> new TopicTerm(rs.getObject("id", UUID.class), rs.getString("code"),
						LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"))))
				.list();
			List<ChannelDraft> channels = jdbc.sql("select kind, address from directory.channel where service_id = :id order by kind")
				.param("id", id)
				.query((rs, n) -> new ChannelDraft(ChannelKind.valueOf(rs.getString("kind")), rs.getString("address")))
				.list();
			return new ServiceDetails(summary, service.universal(), service.minAge(), service.maxAge(), service.cost(), service.accessibility(),
					topics, channels, places(id));
		});
	}

	private List<PlaceHours> places(UUID serviceId) {
		Map<UUID, Place> places = new LinkedHashMap<>();
		Map<UUID, List<WeeklyHours>> hours = new HashMap<>();
		jdbc.sql("""
				select l.*, h.weekday, h.opens_at, h.closes_at from directory.service_at_location sal
				join directory.location l on l.id = sal.location_id
				left join directory.weekly_hours h on h.service_at_location_id = sal.id
				where sal.service_id = :id order by l.name_fi, h.weekday, h.opens_at
				""")
			.param("id", serviceId)
			.query((ResultSet rs) -> {
				UUID placeId = rs.getObject("id", UUID.class);
				places.computeIfAbsent(placeId, key -> place(rs));
				if (rs.getObject("weekday") != null) {
					hours.computeIfAbsent(placeId, key -> new ArrayList<>()).add(new WeeklyHours(DayOfWeek.of(rs.getInt("weekday")),
							rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime()));
				}
			});
		return places.values().stream().map(place -> new PlaceHours(place, hours.getOrDefault(place.id(), List.of()))).collect(Collectors.toList());
	}

	private static Place place(ResultSet rs) {
		try {
			return new Place(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")), rs.getString("street_address"),
					rs.getString("postcode"), rs.getString("municipality_code"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
					localized(rs, "accessibility"));
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ServiceHit hit(ResultSet rs, int row) throws SQLException {
		return new ServiceHit(rs.getObject("id", UUID.class), ServiceKind.valueOf(rs.getString("kind")),
				LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
				LocalizedText.of(rs.getString("description_fi"), rs.getString("description_sv"), rs.getString("description_en")),
				rs.getObject("organisation_id", UUID.class), null, rs.getBoolean("no_referral"), rs.getBoolean("free_of_charge"),
				List.of((String[]) rs.getArray("languages").getArray()), List.of((String[]) rs.getArray("municipality_codes").getArray()),
				hasColumn(rs, "distance_km") ? (Double) rs.getObject("distance_km") : null);
	}

	/** The text of {@code column_fi}, {@code _sv} and {@code _en}, or null when none is given. */
	static LocalizedText localized(ResultSet rs, String column) throws SQLException {
		return LocalizedText.ofNullable(rs.getString(column + "_fi"), rs.getString(column + "_sv"), rs.getString(column + "_en"));
	}

	private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
		var meta = rs.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (column.equals(meta.getColumnLabel(i))) {
				return true;
			}
		}
		return false;
	}

	private record ServiceRow(ServiceHit hit, boolean universal, Integer minAge, Integer maxAge, LocalizedText cost, LocalizedText accessibility) {
	}
}
