package fi.yhdessa.directory;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.LocalizedText;
import java.sql.ResultSet;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.DayOfWeek;
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
 * Runs a search: the words are matched in Finnish, Swedish and English forms, with their compound
 * parts and the synonyms editors keep; results that cover more of the words come first, then exact
 * name matches, services of the chosen municipality, and the text rank (names weigh more than
 * descriptions). When the words as typed find nothing, the nearest known words are tried.
 */
@Component
class ServiceSearch {

	private static final String PUBLISHED = "s.state = 'PUBLISHED'";

	/** Great-circle distance in km from :lat/:lon to the nearest place of the service. */
	private static final String DISTANCE = "(select min(" + Distances.FROM_POINT_TO_LOCATION + ")"
			+ " from directory.service_at_location sal join directory.location l on l.id = sal.location_id where sal.service_id = s.id)";

	private final JdbcClient jdbc;
	private final Network network;
	private final Clock clock;
	private final SearchCache cache;

	ServiceSearch(JdbcClient jdbc, Network network, Clock clock, SearchCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.network = network;
		this.clock = clock;
	}

	/** The results, with the names of the organisations as they are now (they are kept in the network module). */
	SearchResults search(SearchRequest request) {
		SearchResults results = cache.get(request, () -> uncached(request));
		Map<UUID, LocalizedText> organisations = network.organisationNames(results.hits().stream().map(ServiceHit::organisationId).distinct().toList());
		return results.withHits(results.hits().stream().map(hit -> hit.withOrganisationName(organisations.get(hit.organisationId()))).toList());
	}

	private SearchResults uncached(SearchRequest request) {
		if (!request.hasText()) {
			return run(request, null, null);
		}
		List<String> words = TextFolding.words(request.text());
		if (words.isEmpty()) {
			return run(request.withText(""), null, null);
		}
		SearchResults results = run(request, plan(words, request.asYouType()), null);
		if (results.total() > 0) {
			return results;
		}
		List<String> corrected = corrected(words);
		if (corrected.equals(words)) {
			return results;
		}
		return run(request, plan(corrected, false), String.join(" ", corrected));
	}

	/** Each word, or the nearest word of the vocabulary when it is unknown and something is near enough. */
	private List<String> corrected(List<String> words) {
		List<String> known = jdbc.sql("select word from directory.search_word where word = any(:words)")
			.param("words", words.toArray(String[]::new))
			.query(String.class)
			.list();
		return words.stream().map(word -> known.contains(word) || word.length() < 4 ? word
				: jdbc.sql("select word from directory.search_word where word % :word order by similarity(word, :word) desc, word limit 1")
					.param("word", word)
					.query(String.class)
					.optional()
					.orElse(word))
			.toList();
	}

	private QueryPlan plan(List<String> words, boolean lastIsPrefix) {
		QueryPlan plan = new QueryPlan();
		for (int i = 0; i < words.size(); i++) {
			plan.addWord(words.get(i), lastIsPrefix && i == words.size() - 1);
		}
		List<String> phrases = new ArrayList<>();
		for (int length = 1; length <= Math.min(4, words.size()); length++) {
			for (int start = 0; start + length <= words.size(); start++) {
				phrases.add(String.join(" ", words.subList(start, start + length)));
			}
		}
		// A synonym matches the words as typed, or their inflected forms stemmed in the synonym's own language.
		jdbc.sql("""
				select distinct s.expansion from directory.synonym s, unnest(:phrases::text[]) as p(phrase)
				where s.phrase = p.phrase or strip(to_tsvector(s.config, s.phrase)) = strip(to_tsvector(s.config, p.phrase))
				""".replace("s.config", "(case s.language when 'sv' then 'swedish' when 'en' then 'english' else 'finnish' end)::regconfig"))
			.param("phrases", phrases.toArray(String[]::new))
			.query(String.class)
			.list()
			.forEach(expansion -> plan.addExpansion(TextFolding.words(expansion)));
		plan.exact(words);
		return plan;
	}

	/**
	 * One pass over the matching services: PostgreSQL checks the text query against each match once,
	 * and the total, the facet counts and the ranked page all come from that pass; then the page's
	 * services are read by id.
	 */
	private SearchResults run(SearchRequest request, QueryPlan plan, String correctedText) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>(List.of(PUBLISHED));
		filters(request, where, params);
		Optional<double[]> near = locate(request.near());
		near.ifPresent(point -> {
			params.put("lat", point[0]);
			params.put("lon", point[1]);
		});
		List<String> columns = new ArrayList<>(List.of(near.isPresent() ? DISTANCE + " as d" : "null::float8 as d"));
		List<String> order = new ArrayList<>();
		if (plan != null) {
			params.putAll(resolved(plan));
			where.add("s.document @@ cast(:query as tsquery)");
			columns.add("(" + plan.coverage() + ") as c");
			columns.add("(s.name_words @@ cast(:exact as tsquery))::int as x");
			columns.add("ts_rank('{0.1, 0.2, 0.4, 1.0}', s.document, cast(:query as tsquery), 1) as r");
			order.addAll(List.of("c desc", "x desc"));
		}
		if (near.isPresent()) {
			order.add("d asc nulls last");
		}
		if (request.municipality() != null) {
			// Services only of the chosen municipality rank above those of the whole county.
			columns.add("(cardinality(s.municipality_codes) = 1)::int as l");
			order.add("l desc");
		}
		if (plan != null) {
			order.add("r desc");
		}
		order.addAll(List.of("nm collate \"fi-x-icu\"", "id"));
		params.put("limit", request.pageSize());
		params.put("offset", (request.page() - 1) * request.pageSize());
		String sql = """
				with m as materialized (select s.id, s.kind, s.municipality_codes, s.name_fi as nm, %s from directory.service s where %s)
				select 'total' as facet, '' as value, count(*) as n from m
				union all select 'municipality', unnest(m.municipality_codes), count(*) from m group by 2
				union all select 'topic', t.code, count(*) from m join directory.service_topic st on st.service_id = m.id
				  join directory.taxonomy_term t on t.id = st.term_id group by 2
				union all select 'channel', c.kind, count(distinct c.service_id) from m join directory.channel c on c.service_id = m.id group by 2
				union all select 'kind', m.kind, count(*) from m group by 2
				union all select 'hit', h.id::text, h.ordinal from (select m.id, row_number() over (order by %s) as ordinal from m) h
				  where h.ordinal > :offset and h.ordinal <= :offset + :limit
				""".formatted(String.join(", ", columns), String.join(" and ", where), String.join(", ", order));
		Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
		for (String facet : List.of("total", "municipality", "topic", "channel", "kind", "hit")) {
			facets.put(facet, new ArrayList<>());
		}
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			facets.get(rs.getString("facet")).add(new SearchResults.FacetCount(rs.getString("value"), rs.getLong("n")));
		});
		long total = facets.remove("total").stream().mapToLong(SearchResults.FacetCount::count).sum();
		List<UUID> page = facets.remove("hit").stream()
			.sorted(java.util.Comparator.comparingLong(SearchResults.FacetCount::count))
			.map(hit -> UUID.fromString(hit.value()))
			.toList();
		facets.replaceAll((facet, counts) -> counts.stream()
			.sorted(java.util.Comparator.comparingLong(SearchResults.FacetCount::count).reversed().thenComparing(SearchResults.FacetCount::value))
			.toList());
		params.put("ids", page.toArray(UUID[]::new));
		Map<UUID, ServiceHit> found = new HashMap<>();
		if (!page.isEmpty()) {
			jdbc.sql("select s.*, " + (near.isPresent() ? DISTANCE : "null::float8") + " as distance_km from directory.service s where s.id = any(:ids)")
				.params(params)
				.query(ServiceSearch::hit)
				.list()
				.forEach(hit -> found.put(hit.id(), hit));
		}
		List<ServiceHit> hits = page.stream().map(found::get).toList();
		return new SearchResults(hits, total, request.page(), request.pageSize(), correctedText, total == 0 ? Map.of() : facets, near.isPresent());
	}

	/**
	 * The text of the plan's queries, made once: bound as constants, the search document's GIN index
	 * serves them (a query computed in the same statement would make PostgreSQL scan every row).
	 */
	private Map<String, Object> resolved(QueryPlan plan) {
		return jdbc.sql("select " + plan.selectQueries()).params(plan.params()).query((ResultSet rs) -> {
			Map<String, Object> queries = new HashMap<>();
			rs.next();
			var meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				queries.put(meta.getColumnLabel(i), rs.getString(i));
			}
			return queries;
		});
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

	private void filters(SearchRequest request, List<String> where, Map<String, Object> params) {
		if (request.municipality() != null) {
			where.add(":municipality = any(s.municipality_codes)");
			params.put("municipality", request.municipality());
		}
		if (request.ageGroup() != null) {
			where.add("coalesce(s.min_age, 0) <= :ageTo and coalesce(s.max_age, 120) >= :ageFrom");
			params.put("ageFrom", request.ageGroup().from());
			params.put("ageTo", request.ageGroup().to());
		}
		if (request.topic() != null) {
			where.add("exists (select 1 from directory.service_topic st join directory.taxonomy_term t on t.id = st.term_id "
					+ "where st.service_id = s.id and t.code = :topic)");
			params.put("topic", request.topic());
		}
		if (request.language() != null) {
			where.add(":language = any(s.languages)");
			params.put("language", request.language());
		}
		if (request.channel() != null) {
			where.add("exists (select 1 from directory.channel c where c.service_id = s.id and c.kind = :channel)");
			params.put("channel", request.channel().name());
		}
		if (request.kind() != null) {
			where.add("s.kind = :kind");
			params.put("kind", request.kind().name());
		}
		if (request.freeOnly()) {
			where.add("s.free_of_charge");
		}
		if (request.noReferralOnly()) {
			where.add("s.no_referral");
		}
		if (request.openNow()) {
			LocalDateTime now = LocalDateTime.now(clock);
			where.add("exists (select 1 from directory.service_at_location sal join directory.weekly_hours h on h.service_at_location_id = sal.id"
					+ " where sal.service_id = s.id and h.weekday = :weekday and h.opens_at <= :time and h.closes_at > :time"
					+ " and (h.valid_from is null or h.valid_from <= :today) and (h.valid_until is null or h.valid_until >= :today)"
					+ " and not exists (select 1 from directory.hours_exception e where e.service_at_location_id = sal.id and e.day = :today and e.closed))");
			params.put("weekday", now.getDayOfWeek().getValue());
			params.put("time", Time.valueOf(now.toLocalTime()));
			params.put("today", Date.valueOf(now.toLocalDate()));
		}
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
