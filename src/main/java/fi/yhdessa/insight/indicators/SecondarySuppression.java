package fi.yhdessa.insight.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hides what would give a hidden count away. Sotkanet's absolute numbers add up: boys and girls to
 * the total, and the county's municipalities to the county. So where a gender's number is hidden, the
 * other gender's is hidden too; and where a municipality of the county has a hidden number, the
 * county's number of that year and gender is hidden. A value that is itself the count (a number of
 * notifications) is hidden with its number; a rate stays, since it does not add up.
 */
final class SecondarySuppression {

	private SecondarySuppression() {
	}

	static List<Indicators.Value> applied(List<Indicators.Value> values, Set<String> municipalities, String county) {
		Set<String> hidden = new HashSet<>();
		values.stream().filter(Indicators.Value::suppressed).forEach(v -> hidden.add(key(v.region(), v.year(), v.gender())));
		for (Indicators.Value v : values) {
			if (!"total".equals(v.gender()) && v.suppressed()) {
				hidden.add(key(v.region(), v.year(), "male".equals(v.gender()) ? "female" : "male"));
			}
		}
		Set<String> countyHidden = new HashSet<>();
		for (Indicators.Value v : values) {
			if ("KUNTA".equals(v.category()) && municipalities.contains(v.regionCode()) && hidden.contains(key(v.region(), v.year(), v.gender()))) {
				countyHidden.add(v.year() + "/" + v.gender());
			}
		}
		List<Indicators.Value> guarded = new ArrayList<>(values.size());
		for (Indicators.Value v : values) {
			boolean countyOfHidden = "HYVINVOINTIALUE".equals(v.category()) && v.regionCode().equals(county)
					&& countyHidden.contains(v.year() + "/" + v.gender());
			guarded.add(!v.suppressed() && (hidden.contains(key(v.region(), v.year(), v.gender())) || countyOfHidden) ? hiddenNumber(v) : v);
		}
		return guarded;
	}

	/** The value without its number; without the value too where the value is the number. */
	private static Indicators.Value hiddenNumber(Indicators.Value v) {
		if (v.absValue() == null) {
			return v;
		}
		boolean count = v.value() != null && v.value().compareTo(v.absValue()) == 0;
		BigDecimal value = count ? null : v.value();
		return new Indicators.Value(v.region(), v.regionCode(), v.category(), v.regionTitle(), v.year(), v.gender(), value, null, count);
	}

	private static String key(int region, int year, String gender) {
		return region + "/" + year + "/" + gender;
	}
}
