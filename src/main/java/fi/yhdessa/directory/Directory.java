package fi.yhdessa.directory;

import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.directory.search.SearchCounting;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of services, places and activities: registering them and finding them. */
@Service
public class Directory {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;
	private final SearchChanges changes;
	private final ServiceSearch search;
	private final ActivityCalendar activities;
	private final CalendarFeeds feeds;
	private final JdbcTemplate batches;

	Directory(JdbcClient jdbc, SearchChanges changes, ServiceSearch search, ActivityCalendar activities, CalendarFeeds feeds,
			JdbcTemplate batches) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.changes = changes;
		this.search = search;
		this.activities = activities;
		this.feeds = feeds;
	}

	/** The activities of the coming seven days, in a municipality or nearest first from where the person is. */
	@Transactional(readOnly = true)
	public List<ActivityDay> activitiesThisWeek(String municipality, SearchRequest.Near near) {
		return activities.week(municipality, search.locate(near).orElse(null));
	}

	/** The iCalendar feed of one activity; empty when there is no such activity. */
	@Transactional(readOnly = true)
	public Optional<String> activityFeed(UUID serviceId, java.util.Locale locale, String baseUrl) {
		return feeds.forActivity(serviceId, locale, baseUrl);
	}

	/** The iCalendar feed of the activities at one place; empty when it has none. */
	@Transactional(readOnly = true)
	public Optional<String> placeFeed(UUID placeId, java.util.Locale locale, String baseUrl) {
		return feeds.forPlace(placeId, locale, baseUrl);
	}

	/** Adds a topic; one whose code the directory holds already (the platform's own kinds of service, V036) keeps its id and names. */
	@Transactional
	public void register(TopicTerm topic) {
		jdbc.sql("insert into directory.taxonomy_term (id, code, name_fi, name_sv, name_en) values (:id, :code, :fi, :sv, :en) on conflict (code) do nothing")
			.param("id", topic.id())
			.param("code", topic.code())
			.param("fi", topic.name().fi())
			.param("sv", topic.name().sv())
			.param("en", topic.name().en())
			.update();
	}

	@Transactional
	public void register(Place place) {
		jdbc.sql("""
				insert into directory.location (id, organisation_id, name_fi, name_sv, name_en, street_address, postcode, municipality_code, latitude, longitude,
				  accessibility_fi, accessibility_sv, accessibility_en)
				values (:id, :organisation, :fi, :sv, :en, :street, :postcode, :municipality, :lat, :lon, :accessibilityFi, :accessibilitySv, :accessibilityEn)
				""")
			.param("id", place.id())
			.param("organisation", place.organisationId())
			.param("fi", place.name().fi())
			.param("sv", place.name().sv())
			.param("en", place.name().en())
			.param("street", place.streetAddress())
			.param("postcode", place.postcode())
			.param("municipality", place.municipalityCode())
			.param("lat", place.latitude())
			.param("lon", place.longitude())
			.param("accessibilityFi", place.accessibility() == null ? null : place.accessibility().fi())
			.param("accessibilitySv", place.accessibility() == null ? null : place.accessibility().sv())
			.param("accessibilityEn", place.accessibility() == null ? null : place.accessibility().en())
			.update();
	}

	/** Registers where a postcode area lies, for "nearest first". */
	@Transactional
	public void registerPostcode(String postcode, String municipalityCode, double latitude, double longitude) {
		jdbc.sql("insert into directory.postcode (postcode, municipality_code, latitude, longitude) values (:p, :m, :lat, :lon) on conflict do nothing")
			.param("p", postcode)
			.param("m", municipalityCode)
			.param("lat", latitude)
			.param("lon", longitude)
			.update();
	}

	/** Registers published services with their topics, channels and hours in batches, searchable at once. */
	@Transactional
	public void registerAll(List<ServiceDraft> drafts) {
		Map<String, UUID> topics = new HashMap<>();
		topics().forEach(topic -> topics.put(topic.code(), topic.id()));
		List<Object[]> services = new ArrayList<>();
		List<Object[]> serviceTopics = new ArrayList<>();
		List<Object[]> channels = new ArrayList<>();
		List<Object[]> places = new ArrayList<>();
		List<Object[]> hours = new ArrayList<>();
		for (ServiceDraft draft : drafts) {
			LocalizedText name = draft.name();
			LocalizedText description = draft.description();
			services.add(new Object[] { draft.id(), draft.organisationId(), draft.kind().name(), name.fi(), name.sv(), name.en(), description.fi(),
					description.sv(), description.en(), draft.universal(), draft.minAge(), draft.maxAge(), draft.freeOfCharge(), draft.cost(),
					draft.noReferral(), String.join(",", draft.languages()), String.join(",", draft.municipalityCodes().stream().sorted().toList()) });
			draft.topicCodes().stream().filter(topics::containsKey).forEach(code -> serviceTopics.add(new Object[] { draft.id(), topics.get(code) }));
			draft.channels().forEach(channel -> channels.add(new Object[] { UUID.randomUUID(), draft.id(), channel.kind().name(), channel.address() }));
			draft.hoursByPlace().forEach((placeId, placeHours) -> {
				UUID at = UUID.nameUUIDFromBytes((draft.id() + "@" + placeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				places.add(new Object[] { at, draft.id(), placeId });
				placeHours.forEach(h -> hours.add(new Object[] { UUID.randomUUID(), at, h.day().getValue(), Time.valueOf(h.opens()), Time.valueOf(h.closes()) }));
			});
		}
		batch("""
				insert into directory.service (id, organisation_id, kind, name_fi, name_sv, name_en, description_fi, description_sv, description_en,
				  universal, min_age, max_age, free_of_charge, cost_fi, no_referral, languages, municipality_codes, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), string_to_array(nullif(?, ''), ','), 'system')
				""", services);
		batch("insert into directory.service_topic (service_id, term_id) values (?, ?)", serviceTopics);
		batch("insert into directory.channel (id, service_id, kind, address) values (?, ?, ?, ?)", channels);
		batch("insert into directory.service_at_location (id, service_id, location_id) values (?, ?, ?)", places);
		batch("insert into directory.weekly_hours (id, service_at_location_id, weekday, opens_at, closes_at) values (?, ?, ?, ?, ?)", hours);
		changes.servicesChanged(drafts.stream().map(ServiceDraft::id).toList());
		if (drafts.size() >= BATCH) {
			// Fresh statistics, so that the planner uses the search index at once rather than after autovacuum's next round.
			jdbc.sql("analyze directory.service, directory.service_topic, directory.channel, directory.service_at_location, directory.weekly_hours")
				.update();
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	/**
	 * Adds an everyday phrase that finds services by another term; effective at once.
	 *
	 * @return false when the same phrase already finds the same term
	 */
	@Transactional
	public boolean addSynonym(String phrase, String expansion, String language, String createdBy) {
		changes.wordsChanged();
		return 1 == jdbc.sql("""
				insert into directory.synonym (id, phrase, expansion, language, created_by) values (:id, :phrase, :expansion, :language, :by)
				on conflict (phrase, expansion) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("phrase", SearchCounting.normalized(phrase))
			.param("expansion", expansion.strip())
			.param("language", language)
			.param("by", createdBy)
			.update();
	}

	/** The synonyms, newest first. */
	@Transactional(readOnly = true)
	public PageOf<Synonym> synonyms(PageRequest page) {
		List<Synonym> rows = jdbc.sql("select * from directory.synonym order by created_at desc, phrase limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Synonym(rs.getString("phrase"), rs.getString("expansion"), rs.getString("language"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		return new PageOf<>(rows, page, jdbc.sql("select count(*) from directory.synonym").query(Long.class).single());
	}

	@Transactional(readOnly = true)
	public List<TopicTerm> topics() {
		return jdbc.sql("select * from directory.taxonomy_term order by code")
			.query((rs, n) -> new TopicTerm(rs.getObject("id", UUID.class), rs.getString("code"),
					LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"))))
			.list();
	}

	/** The coordinates of a postcode or of the browser's location, as latitude and longitude; empty when unknown. */
	@Transactional(readOnly = true)
	public Optional<double[]> locate(SearchRequest.Near near) {
		return search.locate(near);
	}

	/** Finds published services and activities. */
	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		return search.search(request);
	}

	/**
	 * Finds published services and activities for a family to scan: the same activity given in several
	 * places is one result with its other places, nearest first; pages and the total count such results.
	 */
	@Transactional(readOnly = true)
	public SearchResults searchByActivity(SearchRequest request) {
		return search.searchByActivity(request);
	}

	@Transactional(readOnly = true)
	public Optional<ServiceDetails> service(UUID id) {
		return search.details(id);
	}
}
