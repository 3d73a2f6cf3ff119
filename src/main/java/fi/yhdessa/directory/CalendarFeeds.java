package fi.yhdessa.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) feeds of activities: one weekly recurring event per session, with the
 * days the place is closed left out, for one activity or for everything at one place.
 */
@Component
class CalendarFeeds {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final String TIMEZONE = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki", "BEGIN:DAYLIGHT",
			"TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST", "DTSTART:19700329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
			"END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET", "DTSTART:19701025T040000",
			"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");

	private final JdbcClient jdbc;
	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<String> forActivity(UUID serviceId, Locale locale, String baseUrl) {
		return feed("sal.service_id = :id", serviceId, locale, baseUrl);
	}

	Optional<String> forPlace(UUID placeId, Locale locale, String baseUrl) {
		return feed("sal.location_id = :id", placeId, locale, baseUrl);
	}

	private Optional<String> feed(String condition, UUID id, Locale locale, String baseUrl) {
		List<Session> sessions = jdbc.sql("""
				select h.id, s.id as service_id, s.name_fi, s.name_sv, s.name_en, l.name_fi as place_fi, l.name_sv as place_sv,
				  l.name_en as place_en, l.street_address, l.postcode, h.weekday, h.opens_at, h.closes_at, h.valid_from, h.valid_until, sal.id as at_id
				from directory.service_at_location sal
				join directory.service s on s.id = sal.service_id
				join directory.location l on l.id = sal.location_id
				join directory.weekly_hours h on h.service_at_location_id = sal.id
				where s.kind = 'ACTIVITY' and s.state = 'PUBLISHED' and %s
				order by s.name_fi, h.weekday, h.opens_at
				""".formatted(condition))
			.param("id", id)
			.query((rs, n) -> new Session(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
					fi.yhdessa.platform.LocalizedText.of(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")).in(locale),
					fi.yhdessa.platform.LocalizedText.of(rs.getString("place_fi"), rs.getString("place_sv"), rs.getString("place_en")).in(locale)
							+ ", " + rs.getString("street_address") + ", " + rs.getString("postcode"),
					DayOfWeek.of(rs.getInt("weekday")), rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime(),
					rs.getDate("valid_from") == null ? null : rs.getDate("valid_from").toLocalDate(),
					rs.getDate("valid_until") == null ? null : rs.getDate("valid_until").toLocalDate(), rs.getObject("at_id", UUID.class)))
			.list();
		if (sessions.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, List<LocalDate>> closedDays = new HashMap<>();
		jdbc.sql("select service_at_location_id, day from directory.hours_exception where closed and service_at_location_id = any(:ids)")
			.param("ids", sessions.stream().map(Session::atId).distinct().toArray(UUID[]::new))
			.query((java.sql.ResultSet rs) -> {
				closedDays.computeIfAbsent(rs.getObject("service_at_location_id", UUID.class), key -> new ArrayList<>())
					.add(rs.getDate("day").toLocalDate());
			});
		List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yhdessä//Directory//FI", "CALSCALE:GREGORIAN",
				"METHOD:PUBLISH", "X-WR-CALNAME:" + escape(sessions.getFirst().name()), "X-WR-TIMEZONE:Europe/Helsinki", TIMEZONE));
		String stamp = UTC.format(Instant.now(clock));
		LocalDate today = LocalDate.now(clock);
		for (Session session : sessions) {
			LocalDate anchor = session.validFrom() != null && session.validFrom().isAfter(today) ? session.validFrom() : today;
			LocalDate first = anchor.with(TemporalAdjusters.nextOrSame(session.weekday()));
			String rule = "RRULE:FREQ=WEEKLY;BYDAY=" + session.weekday().name().substring(0, 2);
			if (session.validUntil() != null) {
				rule += ";UNTIL=" + UTC.format(session.validUntil().atTime(23, 59, 59).atZone(clock.getZone()).toInstant());
			}
			lines.addAll(List.of("BEGIN:VEVENT", "UID:" + session.id() + "@yhdessa", "DTSTAMP:" + stamp,
					"DTSTART;TZID=Europe/Helsinki:" + LOCAL.format(first.atTime(session.opens())),
					"DTEND;TZID=Europe/Helsinki:" + LOCAL.format(first.atTime(session.closes())), rule));
			for (LocalDate closed : closedDays.getOrDefault(session.atId(), List.of())) {
				if (closed.getDayOfWeek() == session.weekday()) {
					lines.add("EXDATE;TZID=Europe/Helsinki:" + LOCAL.format(closed.atTime(session.opens())));
				}
			}
			lines.addAll(List.of("SUMMARY:" + escape(session.name()), "LOCATION:" + escape(session.place()),
					"URL:" + baseUrl + "/services/" + session.serviceId(), "END:VEVENT"));
		}
		lines.add("END:VCALENDAR");
		StringBuilder calendar = new StringBuilder();
		for (String line : lines) {
			for (String physical : line.split("\r\n")) {
				calendar.append(fold(physical)).append("\r\n");
			}
		}
		return Optional.of(calendar.toString());
	}

	/** Text values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11). */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character (RFC 5545 3.1). */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	private record Session(UUID id, UUID serviceId, String name, String place, DayOfWeek weekday, LocalTime opens, LocalTime closes,
			LocalDate validFrom, LocalDate validUntil, UUID atId) {
	}
}
