package fi.yhdessa.directory;

import fi.yhdessa.directory.geo.Distances;
import fi.yhdessa.platform.LocalizedText;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recurring sessions of activities, unfolded into days: this week's activities near a person,
 * skipping the days a place is closed.
 */
@Component
class ActivityCalendar {

	private static final Locale FINNISH = Locale.of("fi");

	private final JdbcClient jdbc;
	private final Clock clock;

	ActivityCalendar(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Seven days from today; optionally in one municipality and nearest first from a point (latitude, longitude). */
	List<ActivityDay> week(String municipality, double[] near) {
		LocalDate today = LocalDate.now(clock);
		LocalDate last = today.plusDays(6);
		Map<String, Object> params = new HashMap<>();
		params.put("from", Date.valueOf(today));
		params.put("to", Date.valueOf(last));
		String where = "s.kind = 'ACTIVITY' and s.state = 'PUBLISHED'";
		if (municipality != null) {
			where += " and l.municipality_code = :municipality";
			params.put("municipality", municipality);
		}
		String distance = "null::float8";
		if (near != null) {
			params.put("lat", near[0]);
			params.put("lon", near[1]);
			distance = Distances.FROM_POINT_TO_LOCATION;
		}
		Set<String> closed = new HashSet<>(jdbc.sql("""
				select service_at_location_id || '/' || day from directory.hours_exception where closed and day between :from and :to
				""").params(params).query(String.class).list());
		List<Row> rows = jdbc.sql("""
				select s.id as service_id, s.name_fi, s.name_sv, s.name_en, sal.id as at_id, l.id as place_id, l.name_fi as place_fi,
				  l.name_sv as place_sv, l.name_en as place_en, l.street_address, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_until,
				  %s as distance_km
				from directory.service s
				join directory.service_at_location sal on sal.service_id = s.id
				join directory.location l on l.id = sal.location_id
				join directory.weekly_hours h on h.service_at_location_id = sal.id
				where %s
				""".formatted(distance, where))
			.params(params)
			.query((rs, n) -> new Row(rs.getObject("service_id", UUID.class), LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"),
					rs.getString("name_en")), rs.getObject("at_id", UUID.class), rs.getObject("place_id", UUID.class),
					LocalizedText.of(rs.getString("place_fi"), rs.getString("place_sv"), rs.getString("place_en")), rs.getString("street_address"),
					DayOfWeek.of(rs.getInt("weekday")), rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime(),
					rs.getDate("valid_from") == null ? null : rs.getDate("valid_from").toLocalDate(),
					rs.getDate("valid_until") == null ? null : rs.getDate("valid_until").toLocalDate(), (Double) rs.getObject("distance_km")))
			.list();
		List<ActivityDay> week = new ArrayList<>();
		for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate date = day;
			List<ActivityOccurrence> activities = rows.stream()
				.filter(row -> row.weekday() == date.getDayOfWeek() && row.validOn(date) && !closed.contains(row.atId() + "/" + date))
				.map(row -> new ActivityOccurrence(row.serviceId(), row.name(), row.placeId(), row.placeName(), row.street(), date, row.opens(),
						row.closes(), row.distanceKm()))
				.sorted(near == null ? Comparator.comparing(ActivityOccurrence::starts).thenComparing(o -> o.name().in(FINNISH))
						: Comparator.comparing(ActivityOccurrence::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
							.thenComparing(ActivityOccurrence::starts))
				.toList();
			week.add(new ActivityDay(date, activities));
		}
		return week;
	}

	private record Row(UUID serviceId, LocalizedText name, UUID atId, UUID placeId, LocalizedText placeName, String street, DayOfWeek weekday,
			LocalTime opens, LocalTime closes, LocalDate validFrom, LocalDate validUntil, Double distanceKm) {

		boolean validOn(LocalDate day) {
			return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
		}
	}
}
