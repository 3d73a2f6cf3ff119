package fi.yhdessa.directory;

import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.PageOf;
import fi.yhdessa.platform.PageRequest;
import java.sql.Time;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of services, places and activities: registering them and finding them. */
@Service
public class Directory {

	private final JdbcClient jdbc;
	private final SearchIndex index;
	private final ServiceSearch search;
	private final ActivityCalendar activities;
	private final CalendarFeeds feeds;

	Directory(JdbcClient jdbc, SearchIndex index, ServiceSearch search, ActivityCalendar activities, CalendarFeeds feeds) {
		this.jdbc = jdbc;
		this.index = index;
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

	@Transactional
	public void register(TopicTerm topic) {
		jdbc.sql("insert into directory.taxonomy_term (id, code, name_fi, name_sv, name_en) values (:id, :code, :fi, :sv, :en)")
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
				insert into directory.location (id, organisation_id, name_fi, name_sv, name_en, street_address, postcode, municipality_code, latitude, longitude, accessibility_fi)
				values (:id, :organisation, :fi, :sv, :en, :street, :postcode, :municipality, :lat, :lon, :accessibility)
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
			.param("accessibility", place.accessibility())
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

	/** Registers a published service with its topics, channels and hours, searchable at once. */
	@Transactional
	public void register(ServiceDraft draft) {
		LocalizedText name = draft.name();
		LocalizedText description = draft.description();
		jdbc.sql("""
				insert into directory.service (id, organisation_id, kind, name_fi, name_sv, name_en, description_fi, description_sv, description_en,
				  universal, min_age, max_age, free_of_charge, cost_fi, no_referral, languages, municipality_codes, updated_by)
				values (:id, :organisation, :kind, :nameFi, :nameSv, :nameEn, :descFi, :descSv, :descEn,
				  :universal, :minAge, :maxAge, :free, :cost, :noReferral, :languages, :municipalities, 'system')
				""")
			.param("id", draft.id())
			.param("organisation", draft.organisationId())
			.param("kind", draft.kind().name())
			.param("nameFi", name.fi())
			.param("nameSv", name.sv())
			.param("nameEn", name.en())
			.param("descFi", description.fi())
			.param("descSv", description.sv())
			.param("descEn", description.en())
			.param("universal", draft.universal())
			.param("minAge", draft.minAge())
			.param("maxAge", draft.maxAge())
			.param("free", draft.freeOfCharge())
			.param("cost", draft.cost())
			.param("noReferral", draft.noReferral())
			.param("languages", draft.languages().toArray(String[]::new))
			.param("municipalities", draft.municipalityCodes().stream().sorted().toArray(String[]::new))
			.update();
		jdbc.sql("insert into directory.service_topic (service_id, term_id) select :id, id from directory.taxonomy_term where code = any(:codes)")
			.param("id", draft.id())
			.param("codes", draft.topicCodes().toArray(String[]::new))
			.update();
		draft.channels().forEach(channel -> jdbc.sql("insert into directory.channel (id, service_id, kind, address) values (:id, :service, :kind, :address)")
			.param("id", UUID.randomUUID())
			.param("service", draft.id())
			.param("kind", channel.kind().name())
			.param("address", channel.address())
			.update());
		draft.hoursByPlace().forEach((placeId, hours) -> {
			UUID at = UUID.nameUUIDFromBytes((draft.id() + "@" + placeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			jdbc.sql("insert into directory.service_at_location (id, service_id, location_id) values (:id, :service, :location)")
				.param("id", at)
				.param("service", draft.id())
				.param("location", placeId)
				.update();
			hours.forEach(h -> jdbc.sql("""
					insert into directory.weekly_hours (id, service_at_location_id, weekday, opens_at, closes_at) values (:id, :at, :day, :opens, :closes)
					""")
				.param("id", UUID.randomUUID())
				.param("at", at)
				.param("day", h.day().getValue())
				.param("opens", Time.valueOf(h.opens()))
				.param("closes", Time.valueOf(h.closes()))
				.update());
		});
		index.reindex(List.of(draft.id()));
	}

	/**
	 * Adds an everyday phrase that finds services by another term; effective at once.
	 *
	 * @return false when the same phrase already finds the same term
	 */
	@Transactional
	public boolean addSynonym(String phrase, String expansion, String language, String createdBy) {
		return 1 == jdbc.sql("""
				insert into directory.synonym (id, phrase, expansion, language, created_by) values (:id, :phrase, :expansion, :language, :by)
				on conflict (phrase, expansion) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("phrase", String.join(" ", TextFolding.words(phrase)))
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

	/** Finds published services and activities. */
	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		return search.search(request);
	}

	@Transactional(readOnly = true)
	public Optional<ServiceDetails> service(UUID id) {
		return search.details(id);
	}
}
