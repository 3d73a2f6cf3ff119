package fi.yhdessa.insight;

import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.network.Unit;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Facts for insight's tests, built directly: one at a time with the dimensions a test needs, or as a
 * random history of every kind — repeated facts, facts of the same records arriving in any order —
 * for the tests that hold the aggregates to the facts.
 */
public final class FactMother {

	static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

	private FactMother() {
	}

	/** A fact of the kind at noon on the day, in the unit (its kind of service and municipality). */
	public static Fact.Builder fact(FactKind kind, LocalDate day, Unit unit) {
		return Fact.of(UUID.randomUUID(), kind, day.atTime(12, 0).atZone(FINLAND).toInstant())
			.at(new Fact.Place(unit.id().value(), unit.kind().name(), unit.municipalityCode()));
	}

	public static Fact build(Fact.Builder fact) {
		return fact.build(InsightRegion::area);
	}

	public static byte[] key(long n) {
		return ByteBuffer.allocate(16).putLong(0x1E57L).putLong(n).array();
	}

	/**
	 * A random history over the months: facts of every kind, some told twice, records whose facts
	 * arrive in any order, deadlines opened and met, goals and cases rated more than once.
	 */
	public static List<Fact> history(Random random, YearMonth first, int months, int size) {
		List<Fact> facts = new ArrayList<>();
		FactKind[] kinds = FactKind.values();
		long at = first.atDay(1).atStartOfDay(FINLAND).toEpochSecond();
		long span = (long) months * 28 * 86_400;
		for (int i = 0; i < size; i++) {
			FactKind kind = kinds[random.nextInt(kinds.length)];
			Unit unit = InsightRegion.UNITS.get(random.nextInt(InsightRegion.UNITS.size()));
			Instant when = Instant.ofEpochMilli((at + (long) (random.nextDouble() * span)) * 1000 + i);
			LocalDate day = when.atZone(FINLAND).toLocalDate();
			Fact.Builder fact = Fact.of(new UUID(random.nextLong(), random.nextLong()), kind, when)
				.at(new Fact.Place(unit.id().value(), random.nextInt(5) == 0 ? null : unit.kind().name(), unit.municipalityCode()))
				.municipality(random.nextInt(4) == 0 ? null : InsightRegion.MUNICIPALITIES.get(random.nextInt(4)))
				.channel(random.nextInt(3) == 0 ? null : Dimensions.Channel.values()[random.nextInt(Dimensions.Channel.values().length)].name())
				.ageGroup(Dimensions.ageGroup(random.nextInt(4) == 0 ? null : random.nextInt(19)))
				.language(random.nextInt(3) == 0 ? null : new String[] { "fi", "sv", "en" }[random.nextInt(3)])
				.family(random.nextInt(3) == 0 ? null : key(random.nextInt(30)))
				.subject(key(1_000 + random.nextInt(60)));
			switch (kind) {
				case GOAL_ATTAINMENT_RATED -> fact.detail(random.nextBoolean() ? "AGREEMENT" : "REVIEW").value(random.nextInt(5) - 2).family(key(random.nextInt(30)));
				case EVERYDAY_LIFE_RATED -> fact.detail(random.nextBoolean() ? "START" : "END").value(random.nextInt(11)).family(key(random.nextInt(30)));
				case CONTACT_RECEIVED, NOTIFICATION_RECEIVED, HANDOFF_PROPOSED -> fact.due(day.plusDays(random.nextInt(10) - 3)).value(random.nextInt(2));
				case ASSESSMENT_INITIATED -> fact.due(random.nextBoolean() ? day.plusDays(9) : null).dueFinal(random.nextBoolean() ? day.plusMonths(3) : null);
				case CASE_OPENED, CASE_CLOSED -> fact.serviceKind(new String[] { "FAMILY_WORK", "CHILD_WELFARE_OPEN_CARE", "FOSTER_CARE" }[random.nextInt(3)])
					.value(random.nextInt(31));
				default -> fact.value(random.nextInt(4) == 0 ? null : random.nextInt(400)).onTime(random.nextInt(3) == 0 ? null : random.nextBoolean())
					.detail(random.nextInt(3) == 0 ? null : "D" + random.nextInt(3));
			}
			Fact built = build(fact);
			facts.add(built);
			if (random.nextInt(10) == 0) {
				facts.add(built);
			}
		}
		Collections.shuffle(facts, random);
		return facts;
	}
}
