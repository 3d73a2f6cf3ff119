package fi.yhdessa.directory.hsds;

import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.kinds.KindWords;
import fi.yhdessa.directory.search.SearchChanges;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.platform.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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


	private final JdbcClient jdbc;
	private final Network network;
	private final SearchChanges changes;
	private final MessageSource messages;
	private final JsonMapper json;
	private final ChangeHistory history;
	private final TransactionTemplate chunk;
	private final TransactionTemplate savepoint;

	HsdsImport(JdbcClient jdbc, Network network, SearchChanges changes, MessageSource messages, JsonMapper json,
			ChangeHistory history, PlatformTransactionManager transactions) {
		this.json = json;
		this.history = history;
		this.jdbc = jdbc;
		this.network = network;
		this.changes = changes;
		this.messages = messages;
		this.chunk = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Imports HSDS data: a zip is read as a tabular data package, anything else as JSON — an array
	 * of services, or a page of them ({@code contents}) ({@link HsdsRecords}).
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
		try {
			return HsdsRecords.read(json, data);
		}
		catch (HsdsRecords.Unreadable e) {
			throw new IllegalArgumentException(messages.getMessage(e.key(), null, locale), e);
		}
	}

	private ImportReport run(List<JsonNode> records, String language, String by, Locale locale) {
		Run run = new Run(language, by, locale);
		Map<UUID, Integer> seen = new HashMap<>();
		List<HsdsReader.Parsed> valid = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			HsdsReader.Parsed parsed = run.parse(records.get(i), i + 1);
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
		for (int from = 0; from < valid.size(); from += CHUNK) {
			List<HsdsReader.Parsed> part = valid.subList(from, Math.min(valid.size(), from + CHUNK));
			chunk.executeWithoutResult(status -> {
				List<UUID> savedHere = new ArrayList<>();
				for (HsdsReader.Parsed parsed : part) {
					try {
						boolean created = Boolean.TRUE.equals(savepoint.execute(inner -> run.save(parsed.service())));
						run.count(created);
						savedHere.add(parsed.service().id());
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
				changes.servicesChanged(savedHere);
			});
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
		private final HsdsReader reader;
		private final List<ImportReport.Rejection> rejections = new ArrayList<>();
		private int created;
		private int updated;

		Run(String language, String by, Locale locale) {
			this.language = language;
			this.by = by;
			this.reader = new HsdsReader(new HeldInDirectory(jdbc, network), messages, locale);
		}

		String message(String key, Object... args) {
			return reader.message(key, args);
		}

		HsdsReader.Parsed parse(JsonNode node, int record) {
			return reader.parse(node, record);
		}

		void count(boolean wasCreated) {
			if (wasCreated) {
				created++;
			}
			else {
				updated++;
			}
		}

		void reject(HsdsReader.Parsed parsed) {
			rejections.add(new ImportReport.Rejection(parsed.record(), parsed.id(), parsed.name(), List.copyOf(parsed.reasons())));
		}

		ImportReport report() {
			rejections.sort(java.util.Comparator.comparingInt(ImportReport.Rejection::record));
			return new ImportReport(created, updated, rejections.size(), List.copyOf(rejections), reader.notes());
		}

		/** Saves one service with its places, hours, phones and topics; true when it is new. */
		Boolean save(HsdsReader.ServiceIn service) {
			HsdsReader.OrganisationIn organisation = service.organisation();
			if (organisation.name() != null) {
				network.importOrganisation(new OrganisationId(organisation.id()), LocalizedText.in(language, organisation.name()), organisation.website());
			}
			List<String> municipalities = service.places().stream()
				.map(HsdsReader.AtIn::place)
				.filter(place -> place != null && place.municipalityCode() != null)
				.map(HsdsReader.PlaceIn::municipalityCode)
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
				for (HsdsReader.PhoneIn phone : service.phones()) {
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
			for (HsdsReader.AtIn at : service.places()) {
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
					for (HsdsReader.ScheduleIn schedule : at.schedules()) {
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
			for (HsdsReader.TermIn term : service.terms()) {
				link(service.id(), term);
			}
			linkKinds(service);
			history.record(ChangeHistory.Kind.SERVICE, service.id(), "IMPORTED", by, List.of());
			return created;
		}

		private void save(HsdsReader.PlaceIn place) {
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

		/**
		 * Links the directory's kinds of service that the service's taxonomy terms speak of, or, when they speak of none,
		 * that its name does: the needs then find a service of another catalogue's vocabulary.
		 */
		private void linkKinds(HsdsReader.ServiceIn service) {
			List<LocalizedText> termNames = jdbc.sql("""
					select t.name_fi, t.name_sv, t.name_en from directory.taxonomy_term t
					join directory.service_topic st on st.term_id = t.id where st.service_id = :id
					""")
				.param("id", service.id())
				.query((rs, n) -> LocalizedText.ofNullable(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")))
				.list();
			Set<String> kinds = KindWords.load().ofNames(termNames);
			if (kinds.isEmpty() && service.name() != null) {
				kinds = KindWords.load().ofNames(List.of(LocalizedText.in(language, service.name())));
			}
			jdbc.sql("""
					insert into directory.service_topic (service_id, term_id)
					select :id, id from directory.taxonomy_term where code = any(:codes) on conflict do nothing
					""")
				.param("id", service.id())
				.param("codes", kinds.toArray(String[]::new))
				.update();
		}

		private void link(UUID serviceId, HsdsReader.TermIn term) {
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
}
