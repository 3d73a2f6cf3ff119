package fi.yhdessa.insight.web;

import fi.yhdessa.insight.store.FigureFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The filters of the dashboard and the API as typed: a period (months, or ISO dates whose months
 * count), a second period to compare with, and one municipality, area, unit, kind of service,
 * channel, age group and language. What was typed stays in the form when something is wrong.
 */
public class InsightForm {

	static final int MAX_MONTHS = 60;

	private String from;
	private String to;
	private String compareFrom;
	private String compareTo;
	private String municipality;
	private String area;
	private String unit;
	private String serviceKind;
	private String channel;
	private String ageGroup;
	private String language;

	/** The values each choice may take. */
	record Choices(Set<String> municipalities, Set<String> areas, Set<UUID> units, Set<String> serviceKinds, Set<String> channels, Set<String> ageGroups,
			Set<String> languages) {
	}

	/** The filter, or null with the errors recorded by field; an empty period is the last twelve months up to {@code today}. */
	FigureFilter filter(Errors errors, Choices choices, LocalDate today) {
		YearMonth end = month("to", to, YearMonth.from(today), errors);
		YearMonth start = month("from", from, end == null ? null : end.minusMonths(11), errors);
		if (start != null && end != null) {
			if (start.isAfter(end)) {
				errors.rejectValue("from", "insight.error.reversed");
			}
			else if (start.until(end, ChronoUnit.MONTHS) >= MAX_MONTHS) {
				errors.rejectValue("from", "insight.error.tooLong");
			}
		}
		String m = choice("municipality", municipality, choices.municipalities(), errors);
		String a = choice("area", area, choices.areas(), errors);
		UUID u = unit(errors, choices.units());
		String k = choice("serviceKind", serviceKind, choices.serviceKinds(), errors);
		String c = choice("channel", channel, choices.channels(), errors);
		String g = choice("ageGroup", ageGroup, choices.ageGroups(), errors);
		String l = choice("language", language, choices.languages(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new FigureFilter(start, end, m, a, u, k, c, g, l);
	}

	/** The period to compare with, or null when none was asked for (or it has errors, recorded by field). */
	FigureFilter comparison(FigureFilter first, Errors errors) {
		if (blank(compareFrom) && blank(compareTo)) {
			return null;
		}
		YearMonth start = month("compareFrom", compareFrom, null, errors);
		YearMonth end = month("compareTo", compareTo, null, errors);
		if (start == null || end == null) {
			if (!errors.hasFieldErrors("compareFrom") && !errors.hasFieldErrors("compareTo")) {
				errors.rejectValue(start == null ? "compareFrom" : "compareTo", "insight.error.compareBoth");
			}
			return null;
		}
		if (start.isAfter(end)) {
			errors.rejectValue("compareFrom", "insight.error.reversed");
			return null;
		}
		if (start.until(end, ChronoUnit.MONTHS) >= MAX_MONTHS) {
			errors.rejectValue("compareFrom", "insight.error.tooLong");
			return null;
		}
		return first == null ? null : first.period(start, end);
	}

	private YearMonth month(String field, String typed, YearMonth otherwise, Errors errors) {
		if (blank(typed)) {
			return otherwise;
		}
		String text = typed.strip();
		try {
			return text.length() <= 7 ? YearMonth.parse(text) : YearMonth.from(LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "insight.error.month");
			return null;
		}
	}

	private static String choice(String field, String typed, Set<String> allowed, Errors errors) {
		if (blank(typed)) {
			return null;
		}
		if (!allowed.contains(typed.strip())) {
			errors.rejectValue(field, "insight.error.choice");
			return null;
		}
		return typed.strip();
	}

	private UUID unit(Errors errors, Set<UUID> allowed) {
		if (blank(unit)) {
			return null;
		}
		try {
			UUID id = UUID.fromString(unit.strip());
			if (allowed.contains(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// reported below
		}
		errors.rejectValue("unit", "insight.error.choice");
		return null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getCompareFrom() {
		return compareFrom;
	}

	public void setCompareFrom(String compareFrom) {
		this.compareFrom = compareFrom;
	}

	public String getCompareTo() {
		return compareTo;
	}

	public void setCompareTo(String compareTo) {
		this.compareTo = compareTo;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getServiceKind() {
		return serviceKind;
	}

	public void setServiceKind(String serviceKind) {
		this.serviceKind = serviceKind;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getAgeGroup() {
		return ageGroup;
	}

	public void setAgeGroup(String ageGroup) {
		this.ageGroup = ageGroup;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
