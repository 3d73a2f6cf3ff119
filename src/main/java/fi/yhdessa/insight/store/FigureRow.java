package fi.yhdessa.insight.store;

import fi.yhdessa.insight.facts.FactKind;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One pre-aggregated figure: how many facts ({@code n}) of a kind share a month, dimensions and
 * value (as the kind keeps it), and the sum of their values ({@code total}).
 */
public record FigureRow(FactKind kind, YearMonth month, String municipality, String area, UUID unitId, String serviceKind, String channel,
		String ageGroup, String language, String detail, Boolean onTime, Integer value, long n, long total) {
}
