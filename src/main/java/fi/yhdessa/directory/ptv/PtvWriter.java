package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.ptv.PtvRecords.Address;
import fi.yhdessa.directory.ptv.PtvRecords.Channel;
import fi.yhdessa.directory.ptv.PtvRecords.Hours;
import fi.yhdessa.directory.ptv.PtvRecords.Service;
import fi.yhdessa.platform.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saves one PTV service in the directory: the service's own fields where PTV gives them (a language or field PTV
 * leaves out keeps what the directory had, and what PTV has no field for — ages, referral, activities — is never
 * touched), its service locations as places with their regular hours, its phones, web pages and e-services as
 * channels, and its topics. The rows made from its channels last time are replaced; rows editors added stay.
 */
final class PtvWriter {

	private final JdbcClient jdbc;
	private final ChangeHistory history;
	private final String by;

	PtvWriter(JdbcClient jdbc, ChangeHistory history, String by) {
		this.jdbc = jdbc;
		this.history = history;
		this.by = by;
	}

	/** What was made of the channels: the channel rows and the place links. */
	record Made(List<UUID> channelRows, List<UUID> placeLinks) {
	}

	/** Saves the service; true when it is new to the directory. */
	boolean save(Service service, List<Channel> channels, List<String> municipalities, Set<String> topics, String fingerprint) {
		LocalizedText name = service.name();
		LocalizedText description = service.description() != null ? service.description() : name;
		LocalizedText cost = service.cost();
		boolean created = jdbc.sql("""
				insert into directory.service as s (id, organisation_id, kind, state, name_fi, name_sv, name_en, description_fi, description_sv,
				  description_en, universal, free_of_charge, cost_fi, cost_sv, cost_en, languages, email, municipality_codes, updated_by)
				values (:id, :organisation, 'SERVICE', 'PUBLISHED', :nameFi, :nameSv, :nameEn, :descriptionFi, :descriptionSv, :descriptionEn, true,
				  coalesce(:free, true), :costFi, :costSv, :costEn, coalesce(cast(:languages as text[]), '{fi}'), :email, :municipalities, :by)
				on conflict (id) do update set organisation_id = excluded.organisation_id, state = 'PUBLISHED',
				  name_fi = coalesce(:nameFi, s.name_fi), name_sv = coalesce(:nameSv, s.name_sv), name_en = coalesce(:nameEn, s.name_en),
				  description_fi = coalesce(:descriptionFi, s.description_fi), description_sv = coalesce(:descriptionSv, s.description_sv),
				  description_en = coalesce(:descriptionEn, s.description_en), free_of_charge = coalesce(:free, s.free_of_charge),
				  cost_fi = coalesce(:costFi, s.cost_fi), cost_sv = coalesce(:costSv, s.cost_sv), cost_en = coalesce(:costEn, s.cost_en),
				  languages = coalesce(cast(:languages as text[]), s.languages), email = coalesce(s.email, :email),
				  municipality_codes = excluded.municipality_codes, updated_at = now(), updated_by = :by, version = s.version + 1
				returning (xmax = 0) as created
				""")
			.param("id", service.id())
			.param("organisation", service.organisationId())
			.param("nameFi", name.fi())
			.param("nameSv", name.sv())
			.param("nameEn", name.en())
			.param("descriptionFi", description.fi())
			.param("descriptionSv", description.sv())
			.param("descriptionEn", description.en())
			.param("free", service.free())
			.param("costFi", cost == null ? null : cost.fi())
			.param("costSv", cost == null ? null : cost.sv())
			.param("costEn", cost == null ? null : cost.en())
			.param("languages", service.languages().isEmpty() ? null : service.languages().toArray(String[]::new))
			.param("email", channels.stream().flatMap(channel -> channel.emails().stream()).findFirst().orElse(null))
			.param("municipalities", municipalities.toArray(String[]::new))
			.param("by", by)
			.query(Boolean.class)
			.single();
		Made made = replaceChannels(service.id(), channels);
		for (String topic : topics) {
			jdbc.sql("""
					insert into directory.service_topic (service_id, term_id)
					select :service, id from directory.taxonomy_term where code = :code on conflict do nothing
					""")
				.param("service", service.id())
				.param("code", topic)
				.update();
		}
		jdbc.sql("""
				insert into directory.ptv_service (service_id, modified, fingerprint, found_in, channel_ids, channel_rows, place_links)
				values (:id, :modified, :fingerprint, :foundIn, :channels, :rows, :links)
				on conflict (service_id) do update set modified = excluded.modified, fingerprint = excluded.fingerprint, found_in = excluded.found_in,
				  channel_ids = excluded.channel_ids, channel_rows = excluded.channel_rows, place_links = excluded.place_links, imported_at = now()
				""")
			.param("id", service.id())
			.param("modified", service.modified() == null ? null : Timestamp.from(service.modified()))
			.param("fingerprint", fingerprint)
			.param("foundIn", municipalities.toArray(String[]::new))
			.param("channels", service.channelIds().toArray(UUID[]::new))
			.param("rows", made.channelRows().toArray(UUID[]::new))
			.param("links", made.placeLinks().toArray(UUID[]::new))
			.update();
		history.record(ChangeHistory.Kind.SERVICE, service.id(), "IMPORTED", by, List.of());
		return created;
	}

	private Made replaceChannels(UUID service, List<Channel> channels) {
		List<UUID> oldRows = ids("select unnest(channel_rows) from directory.ptv_service where service_id = :id", service);
		List<UUID> oldLinks = ids("select unnest(place_links) from directory.ptv_service where service_id = :id", service);
		jdbc.sql("delete from directory.channel where id = any(:ids) and service_id = :service").param("ids", oldRows.toArray(UUID[]::new)).param("service", service).update();
		jdbc.sql("delete from directory.weekly_hours where service_at_location_id = any(:ids)").param("ids", oldLinks.toArray(UUID[]::new)).update();
		List<UUID> rows = new ArrayList<>();
		List<UUID> links = new ArrayList<>();
		for (Channel channel : channels) {
			switch (channel.type() == null ? "" : channel.type()) {
				case "ServiceLocation" -> {
					UUID link = place(service, channel);
					if (link != null) {
						links.add(link);
						rows.add(channelRow(service, channel, "VISIT", channel.addresses().getFirst().street()));
					}
					channel.phones().forEach(phone -> rows.add(channelRow(service, channel, "PHONE", phone)));
				}
				case "Phone" -> channel.phones().forEach(phone -> rows.add(channelRow(service, channel, "PHONE", phone)));
				case "WebPage", "PrintableForm" -> channel.webPages().stream().limit(1).forEach(url -> rows.add(channelRow(service, channel, "WEB", url)));
				case "EChannel" -> channel.webPages().stream().limit(1).forEach(url -> rows.add(channelRow(service, channel, "E_SERVICE", url)));
				default -> {
					// a channel type PTV may add later is left out
				}
			}
		}
		List<UUID> gone = oldLinks.stream().filter(link -> !links.contains(link)).toList();
		jdbc.sql("delete from directory.hours_exception where service_at_location_id = any(:ids)").param("ids", gone.toArray(UUID[]::new)).update();
		jdbc.sql("delete from directory.service_at_location where id = any(:ids)").param("ids", gone.toArray(UUID[]::new)).update();
		return new Made(rows.stream().distinct().toList(), links);
	}

	private UUID channelRow(UUID service, Channel channel, String kind, String address) {
		UUID id = derived(service + "/" + channel.id() + "/" + kind + "/" + address);
		jdbc.sql("insert into directory.channel (id, service_id, kind, address, note_fi) values (:id, :service, :kind, :address, :note) on conflict (id) do nothing")
			.param("id", id)
			.param("service", service)
			.param("kind", kind)
			.param("address", address)
			.param("note", channel.name() == null ? null : channel.name().fi())
			.update();
		return id;
	}

	/** The service location as a place (id: the channel's) linked to the service, with its regular hours; null without an address. */
	private UUID place(UUID service, Channel channel) {
		if (channel.addresses().isEmpty() || channel.name() == null) {
			return null;
		}
		Address address = channel.addresses().getFirst();
		PtvCoordinates.Degrees at = PtvCoordinates.of(address.latitude(), address.longitude());
		jdbc.sql("""
				insert into directory.location as l (id, organisation_id, name_fi, name_sv, name_en, street_address, postcode, municipality_code, city,
				  country, latitude, longitude, updated_by)
				select :id, s.organisation_id, :nameFi, :nameSv, :nameEn, :street, :postcode, :municipality, :city, :country, :lat, :lon, :by
				from directory.service s where s.id = :service
				on conflict (id) do update set name_fi = coalesce(:nameFi, l.name_fi), name_sv = coalesce(:nameSv, l.name_sv),
				  name_en = coalesce(:nameEn, l.name_en), street_address = coalesce(:street, l.street_address), postcode = coalesce(:postcode, l.postcode),
				  municipality_code = coalesce(:municipality, l.municipality_code), city = coalesce(:city, l.city), country = coalesce(:country, l.country),
				  latitude = coalesce(:lat, l.latitude), longitude = coalesce(:lon, l.longitude), updated_at = now(), updated_by = :by
				""")
			.param("id", channel.id())
			.param("service", service)
			.param("nameFi", channel.name().fi())
			.param("nameSv", channel.name().sv())
			.param("nameEn", channel.name().en())
			.param("street", address.street())
			.param("postcode", address.postcode() != null && address.postcode().matches("\\d{5}") ? address.postcode() : null)
			.param("municipality", address.municipalityCode())
			.param("city", address.postOffice())
			.param("country", address.country())
			.param("lat", at == null ? null : at.latitude())
			.param("lon", at == null ? null : at.longitude())
			.param("by", by)
			.update();
		UUID link = derived(service + "/at/" + channel.id());
		jdbc.sql("insert into directory.service_at_location (id, service_id, location_id) values (:id, :service, :location) on conflict do nothing")
			.param("id", link)
			.param("service", service)
			.param("location", channel.id())
			.update();
		for (Hours hours : channel.hours()) {
			for (DayOfWeek day : hours.days()) {
				jdbc.sql("""
						insert into directory.weekly_hours (id, service_at_location_id, weekday, opens_at, closes_at, valid_from, valid_until)
						values (:id, :at, :day, :opens, :closes, :from, :until) on conflict (id) do nothing
						""")
					.param("id", derived(link + "/" + day + "/" + hours.opens() + "/" + hours.closes() + "/" + hours.validFrom()))
					.param("at", link)
					.param("day", day.getValue())
					.param("opens", Time.valueOf(hours.opens()))
					.param("closes", Time.valueOf(hours.closes()))
					.param("from", hours.validFrom() == null ? null : Date.valueOf(hours.validFrom()))
					.param("until", hours.validTo() == null ? null : Date.valueOf(hours.validTo()))
					.update();
			}
		}
		return link;
	}

	private List<UUID> ids(String sql, UUID service) {
		return jdbc.sql(sql).param("id", service).query(UUID.class).list();
	}

	static UUID derived(String key) {
		return UUID.nameUUIDFromBytes(("ptv/" + key).getBytes(StandardCharsets.UTF_8));
	}
}
