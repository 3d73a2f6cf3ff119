package fi.yhdessa.insight.store;

import java.time.YearMonth;
import java.util.UUID;

/**
 * Which figures count: the months from {@code from} to {@code to} and, where given, one
 * municipality, area, unit, kind of service, channel, age group and language. {@code null} is any.
 */
public record FigureFilter(YearMonth from, YearMonth to, String municipality, String area, UUID unitId, String serviceKind, String channel,
		String ageGroup, String language) {

	public FigureFilter {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("A period runs from a month to the same or a later month");
		}
	}

	public static FigureFilter months(YearMonth from, YearMonth to) {
		return new FigureFilter(from, to, null, null, null, null, null, null, null);
	}

	/** The same filter over all months up to {@code to}: what a running total (cases open) needs. */
	public FigureFilter fromTheBeginning() {
		return new FigureFilter(YearMonth.of(2000, 1), to, municipality, area, unitId, serviceKind, channel, ageGroup, language);
	}

	public FigureFilter period(YearMonth newFrom, YearMonth newTo) {
		return new FigureFilter(newFrom, newTo, municipality, area, unitId, serviceKind, channel, ageGroup, language);
	}

	public FigureFilter withMunicipality(String code) {
		return new FigureFilter(from, to, code, area, unitId, serviceKind, channel, ageGroup, language);
	}

	public FigureFilter withUnit(UUID unit) {
		return new FigureFilter(from, to, municipality, area, unit, serviceKind, channel, ageGroup, language);
	}

	public boolean matches(FigureRow row) {
		return !row.month().isBefore(from) && !row.month().isAfter(to) && same(municipality, row.municipality()) && same(area, row.area())
				&& same(unitId, row.unitId()) && same(serviceKind, row.serviceKind()) && same(channel, row.channel()) && same(ageGroup, row.ageGroup())
				&& same(language, row.language());
	}

	private static boolean same(Object wanted, Object actual) {
		return wanted == null || wanted.equals(actual);
	}
}
