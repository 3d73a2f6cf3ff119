package fi.yhdessa.directory.ptv;

import fi.yhdessa.directory.ptv.PtvRecords.Address;
import fi.yhdessa.directory.ptv.PtvRecords.Channel;
import fi.yhdessa.directory.ptv.PtvRecords.Hours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads one service channel of PTV (a service location, phone, web page, e-service or printable form): its visiting
 * addresses, phone numbers, web pages, e-mail addresses and regular opening hours.
 */
final class PtvChannelReader {

	private PtvChannelReader() {
	}

	static Channel channel(JsonNode node) {
		List<String> emails = new ArrayList<>();
		for (JsonNode email : PtvFields.array(node, "supportEmails")) {
			String value = PtvFields.text(PtvFormat.object(email, "supportEmails[]"), "value");
			if (value != null && value.contains("@") && !emails.contains(value)) {
				emails.add(value);
			}
		}
		return new Channel(PtvFields.id(node, "id"), PtvFields.text(node, "serviceChannelType"), PtvFields.localized(node, "serviceChannelNames", null),
				addresses(node), phones(node), PtvFields.urls(node, "webPages"), emails, hours(node), PtvFormat.canonical(node));
	}

	static List<Address> addresses(JsonNode channel) {
		List<Address> addresses = new ArrayList<>();
		for (JsonNode address : PtvFields.array(channel, "addresses")) {
			PtvFormat.object(address, "addresses[]");
			String type = PtvFields.text(address, "type");
			JsonNode street = address.path("streetAddress");
			if (!("Visiting".equals(type) || "Location".equals(type)) || !street.isObject()) {
				continue;
			}
			String name = PtvFields.finnishOrFirst(street, "street");
			String number = PtvFields.text(street, "streetNumber");
			JsonNode municipality = street.path("municipality");
			addresses.add(new Address(name == null ? null : number == null ? name : name + " " + number, PtvFields.text(street, "postalCode"),
					PtvFields.finnishOrFirst(street, "postOffice"), municipality.isObject() ? code(PtvFields.text(municipality, "code")) : null,
					PtvFields.text(address, "country"), coordinate(street, "latitude"), coordinate(street, "longitude")));
		}
		return addresses;
	}

	private static String code(String code) {
		return code != null && code.matches("\\d{1,3}") ? "%03d".formatted(Integer.parseInt(code)) : null;
	}

	private static Double coordinate(JsonNode street, String field) {
		String text = PtvFields.text(street, field);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			return Double.isFinite(value) && value != 0 ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static List<String> phones(JsonNode channel) {
		List<String> phones = new ArrayList<>();
		for (JsonNode phone : PtvFields.array(channel, "phoneNumbers")) {
			PtvFormat.object(phone, "phoneNumbers[]");
			String number = PtvFields.text(phone, "number");
			String type = PtvFields.text(phone, "type");
			if (number == null || "Fax".equals(type)) {
				continue;
			}
			String prefix = PtvFields.flag(phone, "isFinnishServiceNumber") ? null : PtvFields.text(phone, "prefixNumber");
			String full = prefix == null ? number : prefix + " " + number.replaceFirst("^0", "");
			if (!phones.contains(full)) {
				phones.add(full);
			}
		}
		return phones;
	}

	/** Regular hours ({@code DaysOfTheWeek}, in older versions {@code Standard}); exceptional hours and closed periods are left out. */
	static List<Hours> hours(JsonNode channel) {
		List<Hours> hours = new ArrayList<>();
		for (JsonNode period : PtvFields.array(channel, "serviceHours")) {
			PtvFormat.object(period, "serviceHours[]");
			String type = PtvFields.text(period, "serviceHourType");
			if (!("DaysOfTheWeek".equals(type) || "Standard".equals(type)) || PtvFields.flag(period, "isClosed")) {
				continue;
			}
			boolean always = PtvFields.flag(period, "isAlwaysOpen");
			boolean now = PtvFields.flag(period, "validForNow");
			LocalDate from = now ? null : date(PtvFields.text(period, "validFrom"));
			LocalDate to = now ? null : date(PtvFields.text(period, "validTo"));
			if (always) {
				hours.add(new Hours(List.of(DayOfWeek.values()), LocalTime.MIDNIGHT, LocalTime.of(23, 59), from, to));
				continue;
			}
			for (JsonNode opening : PtvFields.array(period, "openingHour")) {
				PtvFormat.object(opening, "openingHour[]");
				DayOfWeek first = day(PtvFields.text(opening, "dayFrom"));
				DayOfWeek last = day(PtvFields.text(opening, "dayTo"));
				LocalTime opens = time(PtvFields.text(opening, "from"));
				LocalTime closes = time(PtvFields.text(opening, "to"));
				if (first == null || opens == null || closes == null || !opens.isBefore(closes)) {
					continue;
				}
				hours.add(new Hours(days(first, last == null ? first : last), opens, closes, from, to));
			}
		}
		return hours;
	}

	private static List<DayOfWeek> days(DayOfWeek first, DayOfWeek last) {
		List<DayOfWeek> days = new ArrayList<>();
		for (DayOfWeek day = first;; day = day.plus(1)) {
			days.add(day);
			if (day == last) {
				return days;
			}
		}
	}

	private static DayOfWeek day(String text) {
		try {
			return text == null ? null : DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalTime time(String text) {
		try {
			return text == null ? null : "24:00".equals(text) || "24:00:00".equals(text) ? LocalTime.of(23, 59) : LocalTime.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(text.substring(0, 10));
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
