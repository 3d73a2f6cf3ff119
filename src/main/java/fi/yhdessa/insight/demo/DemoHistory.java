package fi.yhdessa.insight.demo;

import fi.yhdessa.insight.costs.UnitCost;
import fi.yhdessa.insight.costs.UnitCosts;
import fi.yhdessa.insight.intake.Places;
import fi.yhdessa.insight.intake.Pseudonyms;
import fi.yhdessa.insight.store.FactCopy;
import fi.yhdessa.insight.store.Rebuild;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.WorkingDays;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With the demo profile, gives insight two years of synthetic history once, after the demo region
 * is loaded: about 40 000 facts at the demo scale, about 10 million at the region scale, written
 * with COPY and then aggregated by a rebuild. The region's own records get their facts through the
 * backfill, like any platform that had data before insight.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
	/** Demo volumes times this make the region scale's ten million facts. */
	static final double REGION = 240;

	private final Network network;
	private final Places places;
	private final Pseudonyms keys;
	private final FactCopy copy;
	private final Rebuild rebuild;
	private final WorkingDays workingDays;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final String scale;
	private final UnitCosts unitCosts;
	private final boolean enabled;

	DemoHistory(Network network, Places places, Pseudonyms keys, FactCopy copy, Rebuild rebuild, WorkingDays workingDays, JdbcClient jdbc, Clock clock,
			@Value("${yhdessa.demo.scale:demo}") String scale, UnitCosts unitCosts,
			@Value("${yhdessa.demo.insight-history:false}") boolean enabled) {
		this.network = network;
		this.places = places;
		this.keys = keys;
		this.copy = copy;
		this.rebuild = rebuild;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.clock = clock;
		this.scale = scale.toLowerCase(Locale.ROOT);
		this.unitCosts = unitCosts;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		if (network.municipalities().isEmpty() || jdbc.sql("select exists (select 1 from insight.demo_history where scale = :scale)").param("scale", scale)
			.query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock.withZone(HistoryGenerator.FINLAND));
		YearMonth last = YearMonth.from(today);
		long facts = generate(20_261_205L, "region".equals(scale) ? REGION : 1, last.minusMonths(23), last, today);
		jdbc.sql("insert into insight.demo_history (scale, facts, generated_at) values (:scale, :facts, now())").param("scale", scale).param("facts", facts)
			.update();
		long written = (System.nanoTime() - started) / 1_000_000;
		estimateUnitCosts();
		rebuild.run();
		log.info("Gave insight {} facts of synthetic history at scale {} ({} ms, with the rebuild {} ms)", facts, scale, written,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The demo county's own estimates of the unit costs no published figure covers, marked as
	 * estimates, where the analyst has set none.
	 */
	private void estimateUnitCosts() {
		Map<String, UnitCost> kept = unitCosts.byItem();
		String source = "Järvilaakson oma arvio (synteettinen demo, ei julkaistu luku)";
		Map<String, Object[]> estimates = new LinkedHashMap<>();
		estimates.put("CHILD_HEALTH_CLINIC", new Object[] { UnitCost.Basis.VISIT, "95" });
		estimates.put("FAMILY_COUNSELLING", new Object[] { UnitCost.Basis.VISIT, "160" });
		estimates.put("NGO_FAMILY_ACTIVITIES", new Object[] { UnitCost.Basis.VISIT, "25" });
		estimates.put("FAMILY_GUIDANCE", new Object[] { UnitCost.Basis.CONTACT, "45" });
		estimates.put("FAMILY_SOCIAL_WORK", new Object[] { UnitCost.Basis.CASE_MONTH, "650" });
		estimates.put("FAMILY_WORK", new Object[] { UnitCost.Basis.CASE_MONTH, "1100" });
		estimates.put("CHILD_WELFARE_OPEN_CARE", new Object[] { UnitCost.Basis.CASE_MONTH, "1400" });
		estimates.forEach((item, cost) -> {
			if (!kept.containsKey(item)) {
				unitCosts.save(item, (UnitCost.Basis) cost[0], new BigDecimal((String) cost[1]), source, null, false, "demo");
			}
		});
	}

	/** Writes the history of the months; returns how many facts it has. */
	long generate(long seed, double volume, YearMonth first, YearMonth last, LocalDate today) {
		Map<LocalDate, LocalDate> nextWorkingDays = new ConcurrentHashMap<>();
		HistoryGenerator generator = new HistoryGenerator(seed, volume, first, last, today, region(), keys::of,
				day -> nextWorkingDays.computeIfAbsent(day, workingDays::nextWorkingDayFrom));
		try (FactCopy.Writer writer = copy.writer()) {
			generator.generate(writer::write);
			return writer.written();
		}
	}

	/** Each municipality weighted by its early childhood education units, which follow its share of the population. */
	private HistoryGenerator.Region region() {
		List<Unit> units = network.units();
		Map<UnitKind, List<Unit>> byKind = new EnumMap<>(UnitKind.class);
		units.forEach(unit -> byKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>()).add(unit));
		Map<String, Double> weights = new LinkedHashMap<>();
		network.municipalities().forEach(m -> weights.put(m.code(), 0.0));
		units.stream().filter(u -> u.kind() == UnitKind.EARLY_CHILDHOOD_EDUCATION && u.municipalityCode() != null)
			.forEach(u -> weights.merge(u.municipalityCode(), 1.0, Double::sum));
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		weights.replaceAll((code, w) -> total == 0 ? 1.0 / weights.size() : w / total);
		Map<String, String> areas = new HashMap<>();
		weights.keySet().forEach(code -> areas.put(code, places.of(code)));
		return new HistoryGenerator.Region(weights, areas, byKind);
	}
}
