package fi.yhdessa.insight.demo;

import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Two years of synthetic facts for the demo region, so that the figures show trends: contacts and
 * appointments by municipality in proportion to its size, remote appointments growing, a shift from
 * corrective to early support in two municipalities, the southern intake unit slow on the §26
 * clock, goal attainment that improves more in some services than others, and small municipalities
 * whose monthly counts the small-count rule hides. Deterministic for a seed.
 */
final class HistoryGenerator {

	static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
	/** The municipalities where work moves from corrective to early support over the two years. */
	static final List<String> SHIFTING = List.of("801", "802");

	private final Random random;
	private final double scale;
	private final YearMonth first;
	private final YearMonth last;
	private final LocalDate today;
	private final Region region;
	private final Keys keys;
	private final Function<LocalDate, LocalDate> nextWorkingDay;
	private final Map<String, LocalDate> lastContact = new HashMap<>();
	private long sequence;

	/** The units of the region, by kind and municipality, and its areas. */
	record Region(Map<String, Double> weights, Map<String, String> areas, Map<UnitKind, List<Unit>> units) {

		List<Unit> of(UnitKind kind, String municipality) {
			List<Unit> all = units.getOrDefault(kind, List.of());
			List<Unit> local = all.stream().filter(u -> municipality.equals(u.municipalityCode())).toList();
			return local.isEmpty() ? all : local;
		}
	}

	/** Keyed pseudonyms of the synthetic ids. */
	@FunctionalInterface
	interface Keys {

		byte[] of(UUID id);
	}

	HistoryGenerator(long seed, double scale, YearMonth first, YearMonth last, LocalDate today, Region region, Keys keys,
			Function<LocalDate, LocalDate> nextWorkingDay) {
		this.random = new Random(seed);
		this.scale = scale;
		this.first = first;
		this.last = last;
		this.today = today;
		this.region = region;
		this.keys = keys;
		this.nextWorkingDay = nextWorkingDay;
	}

	void generate(Consumer<Fact> out) {
		int months = (int) first.until(last, ChronoUnit.MONTHS) + 1;
		for (int m = 0; m < months; m++) {
			YearMonth month = first.plusMonths(m);
			double trend = months == 1 ? 1 : (double) m / (months - 1);
			for (Map.Entry<String, Double> municipality : region.weights().entrySet()) {
				String code = municipality.getKey();
				double weight = municipality.getValue();
				new MonthOfMunicipality(this, out, month, code, weight, trend).generate();
			}
		}
	}

	// What a month of one municipality consists of is in MonthOfMunicipality; these are its tools.

	int count(double mean) {
		double expected = mean * scale;
		int whole = (int) expected;
		return whole + (random.nextDouble() < expected - whole ? 1 : 0);
	}

	double fraction() {
		return random.nextDouble();
	}

	/** How many times the demo's volumes the history has: 1 for the demo, more for the region. */
	double scaleOf() {
		return scale;
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** One of the values, each with its weight. */
	String weighted(String[] values, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double at = random.nextDouble() * total;
		for (int i = 0; i < values.length; i++) {
			at -= weights[i];
			if (at <= 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	LocalDate dayIn(YearMonth month) {
		LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
		return day.isAfter(today) ? today : day;
	}

	LocalDate workingDaysAfter(LocalDate day, int workingDays) {
		LocalDate at = day;
		for (int i = 0; i < workingDays; i++) {
			at = nextWorkingDay.apply(at.plusDays(1));
		}
		return at;
	}

	boolean happened(LocalDate day) {
		return !day.isAfter(today);
	}

	UUID id() {
		return new UUID(0x5EEDL, sequence++);
	}

	byte[] key(UUID id) {
		return keys.of(id);
	}

	String ageGroup() {
		return Dimensions.ageGroup(between(0, 17));
	}

	/** Whether the family contacted in the year before; remembers this contact. */
	boolean repeat(String family, LocalDate day) {
		LocalDate before = lastContact.put(family, day);
		return before != null && !before.isBefore(day.minusDays(365));
	}

	String area(String municipality) {
		return region.areas().get(municipality);
	}

	Region region() {
		return region;
	}

	/** A fact of the synthetic history at the start of the day. */
	Fact.Builder fact(FactKind kind, LocalDate day, Unit unit, String serviceKind) {
		Fact.Builder fact = Fact.of(id(), kind, day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(FINLAND).toInstant());
		if (unit != null) {
			fact.at(new Fact.Place(unit.id().value(), unit.kind().name(), unit.municipalityCode()));
		}
		if (serviceKind != null) {
			fact.serviceKind(serviceKind);
		}
		return fact;
	}

	Fact build(Fact.Builder fact) {
		return fact.build(this::area);
	}

	List<Unit> units(UnitKind kind, String municipality) {
		return region.of(kind, municipality);
	}

	static List<Unit> list(Unit... units) {
		return new ArrayList<>(List.of(units));
	}
}
