package fi.yhdessa.insight;

import static org.assertj.core.api.Assertions.assertThat;

import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.insight.figures.CostFigures;
import fi.yhdessa.insight.figures.EffectivenessFigures;
import fi.yhdessa.insight.figures.FigureTable;
import fi.yhdessa.insight.figures.Labels;
import fi.yhdessa.insight.figures.Names;
import fi.yhdessa.insight.figures.ServiceFlow;
import fi.yhdessa.insight.store.FactStore;
import fi.yhdessa.insight.store.FigureCache;
import fi.yhdessa.insight.store.FigureFilter;
import fi.yhdessa.insight.store.FigureRow;
import fi.yhdessa.insight.store.OutcomeMeasures;
import fi.yhdessa.insight.store.RawFigures;
import fi.yhdessa.insight.store.Rebuild;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.Accounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The aggregates are a faithful summary of the facts: on random histories — facts of every kind,
 * some told twice, the facts of a record in any order — the figures kept in memory, the figures a
 * GROUP BY computes from the facts, and the figures after the aggregates are dropped and rebuilt
 * from the facts are the same, and so are the tables made of them.
 */
@InsightTest
class AggregatesIntegrationTests {

	static final YearMonth FIRST = YearMonth.of(2025, 3);
	static final Set<FactKind> EVERY_KIND = EnumSet.allOf(FactKind.class);

	@Autowired
	FactStore store;

	@Autowired
	FigureCache cache;

	@Autowired
	RawFigures raw;

	@Autowired
	Rebuild rebuild;

	@Autowired
	ServiceFlow serviceFlow;

	@Autowired
	CostFigures costs;

	@Autowired
	EffectivenessFigures effectiveness;

	@Autowired
	OutcomeMeasures outcomes;

	@Autowired
	Names names;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void region() {
		InsightRegion.register(network, accounts);
	}

	static Stream<Long> histories() {
		return LongStream.rangeClosed(1, 12).map(n -> 7919 * n).boxed();
	}

	@ParameterizedTest(name = "random history {0}")
	@MethodSource("histories")
	void figuresFromTheAggregatesEqualFiguresFromTheFactsAlsoAfterARebuild(long seed) {
		Random random = new Random(seed);
		List<Fact> history = FactMother.history(random, FIRST, 6, 150 + random.nextInt(250));
		long kept = history.stream().filter(store::record).count();
		assertThat(kept).as("a fact told twice is kept once").isEqualTo(history.stream().map(Fact::id).distinct().count());
		cache.refresh();
		List<FigureFilter> filters = filters(random);
		Labels labels = names.labels(Locale.of("fi"));
		Map<FigureFilter, List<FigureRow>> before = new HashMap<>();
		for (FigureFilter filter : filters) {
			List<FigureRow> aggregated = sorted(cache.rows(EVERY_KIND, filter));
			assertThat(aggregated).as("aggregates against the facts, %s", filter).isEqualTo(sorted(raw.rows(EVERY_KIND, filter)));
			assertThat(serviceFlow.tables(cache, filter, labels)).isEqualTo(serviceFlow.tables(raw, filter, labels));
			assertSameCosts(costs.tables(cache, filter, labels), costs.tables(raw, filter, labels));
			before.put(filter, aggregated);
		}
		List<Object> states = states();
		List<FigureTable> outcomes = effectiveness.tables(filters.getFirst(), labels);

		rebuild.run();
		cache.refresh();
		for (FigureFilter filter : filters) {
			assertThat(sorted(cache.rows(EVERY_KIND, filter))).as("after a rebuild, %s", filter).isEqualTo(before.get(filter));
		}
		assertThat(states()).as("open deadlines and outcome measures after a rebuild").isEqualTo(states);
		assertThat(effectiveness.tables(filters.getFirst(), labels)).isEqualTo(outcomes);
	}

	@ParameterizedTest(name = "random goals {0}")
	@MethodSource("histories")
	void outcomeChangesCountEachFamilyOncePerGroupAndEveryRatedGoal(long seed) {
		Random random = new Random(seed);
		for (int goal = 0; goal < 120; goal++) {
			ratedGoal(random).forEach(store::record);
		}
		FigureFilter period = FigureFilter.months(FIRST, FIRST.plusMonths(3));
		List<OutcomeMeasures.Change> oracle = changesCountedOneByOne(OutcomeMeasures.By.MUNICIPALITY, period);
		assertThat(oracle).as("families with more than one rated goal in a group").anyMatch(change -> change.records() > change.families());
		for (OutcomeMeasures.By by : OutcomeMeasures.By.values()) {
			assertThat(outcomes.goals(by, period)).as("goals by %s", by).containsExactlyInAnyOrderElementsOf(changesCountedOneByOne(by, period));
		}
	}

	/** A goal of one of eight families, rated at agreement and, mostly, at a review, in the unit's municipality or none. */
	private static List<Fact> ratedGoal(Random random) {
		var unit = InsightRegion.UNITS.get(random.nextInt(InsightRegion.UNITS.size()));
		byte[] family = FactMother.key(random.nextInt(8));
		byte[] goal = FactMother.key(random.nextLong());
		LocalDate agreed = FIRST.atDay(1).plusDays(random.nextInt(100));
		List<Fact> ratings = new ArrayList<>();
		ratings.add(FactMother.build(FactMother.fact(FactKind.GOAL_ATTAINMENT_RATED, agreed, unit).family(family).subject(goal).detail("AGREEMENT")
			.value(random.nextInt(5) - 2).municipality(random.nextInt(5) == 0 ? null : unit.municipalityCode())));
		if (random.nextInt(6) > 0) {
			ratings.add(FactMother.build(FactMother.fact(FactKind.GOAL_ATTAINMENT_RATED, agreed.plusDays(20 + random.nextInt(60)), unit).family(family)
				.subject(goal).detail("REVIEW").value(random.nextInt(5) - 2)));
		}
		return ratings;
	}

	/** The oracle: every rated goal of the period read as it is, and counted here. */
	private List<OutcomeMeasures.Change> changesCountedOneByOne(OutcomeMeasures.By by, FigureFilter period) {
		String column = switch (by) {
			case SERVICE_KIND -> "service_kind";
			case UNIT -> "cast(unit_id as text)";
			case MUNICIPALITY -> "municipality";
		};
		record Rated(String group, String family, int baseline, int latest) {
		}
		List<Rated> rated = jdbc.sql("select " + column + " as grp, encode(family_key, 'hex') as family, baseline, latest, month from insight.goal_attainment")
			.query((rs, n) -> {
				YearMonth month = YearMonth.from(rs.getDate("month").toLocalDate());
				boolean counted = rs.getObject("baseline") != null && rs.getObject("latest") != null && !month.isBefore(period.from())
						&& !month.isAfter(period.to());
				return counted ? new Rated(rs.getString("grp"), rs.getString("family"), rs.getInt("baseline"), rs.getInt("latest")) : null;
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
		Map<String, List<Rated>> byGroup = new HashMap<>();
		rated.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
		return byGroup.entrySet().stream().map(group -> new OutcomeMeasures.Change(group.getKey(),
				group.getValue().stream().map(Rated::family).distinct().count(), group.getValue().size(),
				group.getValue().stream().mapToLong(Rated::baseline).sum(), group.getValue().stream().mapToLong(Rated::latest).sum())).toList();
	}

	/** The whole period, and narrowed by municipality, area, unit and kind of service. */
	private static List<FigureFilter> filters(Random random) {
		FigureFilter all = FigureFilter.months(FIRST, FIRST.plusMonths(6));
		var unit = InsightRegion.UNITS.get(random.nextInt(InsightRegion.UNITS.size()));
		return List.of(all, all.withMunicipality(InsightRegion.MUNICIPALITIES.get(random.nextInt(4))), all.withUnit(unit.id().value()),
				new FigureFilter(FIRST.plusMonths(1), FIRST.plusMonths(3), null, "test-south", null, unit.kind().name(), null, null, null));
	}

	/** Euros summed in another order may differ in the last bits; the hidden cells may not differ at all. */
	private static void assertSameCosts(List<FigureTable> fromAggregates, List<FigureTable> fromFacts) {
		assertThat(fromAggregates).hasSameSizeAs(fromFacts);
		for (int t = 0; t < fromAggregates.size(); t++) {
			List<FigureTable.Line> a = lines(fromAggregates.get(t));
			List<FigureTable.Line> b = lines(fromFacts.get(t));
			assertThat(a).hasSameSizeAs(b);
			for (int l = 0; l < a.size(); l++) {
				for (int c = 0; c < a.get(l).cells().size(); c++) {
					FigureTable.Cell x = a.get(l).cells().get(c);
					FigureTable.Cell y = b.get(l).cells().get(c);
					assertThat(x.suppressed()).isEqualTo(y.suppressed());
					if (x.value() != null || y.value() != null) {
						assertThat(x.value()).isCloseTo(y.value(), org.assertj.core.data.Offset.offset(1e-6));
					}
				}
			}
		}
	}

	private static List<FigureTable.Line> lines(FigureTable table) {
		List<FigureTable.Line> lines = new ArrayList<>(table.lines());
		if (table.total() != null) {
			lines.add(table.total());
		}
		return lines;
	}

	private List<Object> states() {
		return List.of(
				jdbc.sql("select encode(subject_key, 'hex'), clock, due, month, municipality, area, unit_id, service_kind, channel, age_group, language "
						+ "from insight.open_deadline order by 1, 2").query((rs, n) -> row(rs, 11)).list(),
				jdbc.sql("select encode(subject_key, 'hex'), baseline, baseline_at, latest, latest_at, month, municipality, area, unit_id, service_kind, age_group "
						+ "from insight.goal_attainment order by 1").query((rs, n) -> row(rs, 11)).list(),
				jdbc.sql("select encode(subject_key, 'hex'), start_rating, start_at, end_rating, end_at, month, municipality, area, unit_id, service_kind, "
						+ "age_group from insight.everyday_rating order by 1").query((rs, n) -> row(rs, 11)).list());
	}

	private static List<Object> row(ResultSet rs, int columns) throws SQLException {
		List<Object> row = new ArrayList<>();
		for (int c = 1; c <= columns; c++) {
			row.add(rs.getObject(c));
		}
		return row;
	}

	private static List<FigureRow> sorted(List<FigureRow> rows) {
		return rows.stream().sorted(Comparator.comparing(FigureRow::toString)).toList();
	}
}
