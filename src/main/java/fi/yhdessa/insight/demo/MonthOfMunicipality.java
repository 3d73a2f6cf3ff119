package fi.yhdessa.insight.demo;

import fi.yhdessa.insight.facts.Dimensions;
import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The synthetic facts of one month in one municipality: its contacts, appointments, concerns, notifications and cases. */
final class MonthOfMunicipality {

	private static final String[] LANGUAGES = { "fi", "sv", "en" };

	private final HistoryGenerator g;
	private final Consumer<Fact> out;
	private final YearMonth month;
	private final String municipality;
	private final double weight;
	private final double trend;
	private final boolean north;

	MonthOfMunicipality(HistoryGenerator generator, Consumer<Fact> out, YearMonth month, String municipality, double weight, double trend) {
		this.g = generator;
		this.out = out;
		this.month = month;
		this.municipality = municipality;
		this.weight = weight;
		this.trend = trend;
		this.north = "north".equals(generator.area(municipality));
	}

	void generate() {
		contacts();
		appointments();
		concerns();
		notifications();
		cases();
		feedback();
	}

	private String language() {
		boolean bilingual = municipality.equals("803") || municipality.equals("805");
		return g.weighted(LANGUAGES, bilingual ? new double[] { 70, 25, 5 } : new double[] { 92, 4, 4 });
	}

	private void contacts() {
		List<Unit> guidance = g.units(UnitKind.FAMILY_GUIDANCE, municipality);
		for (int i = g.count(120 * weight); i > 0; i--) {
			LocalDate day = g.dayIn(month);
			Unit unit = g.pick(guidance);
			String channel = Dimensions.contactChannel(g.weighted(new String[] { "MESSAGE", "PHONE", "REMOTE", "VISIT" }, new double[] { 40, 35, 15, 10 }));
			String origin = g.weighted(new String[] { "RESIDENT", "ANONYMOUS", "PROFESSIONAL" }, new double[] { 55, 30, 15 });
			String family = origin.equals("RESIDENT") ? municipality + "-" + g.between(0, (int) Math.max(20, 600 * weight * g.scaleOf())) : null;
			byte[] familyKey = family == null ? null : g.key(UUID.nameUUIDFromBytes(family.getBytes()));
			UUID contact = g.id();
			String age = g.ageGroup();
			String language = language();
			LocalDate due = g.workingDaysAfter(day, 1);
			emit(g.fact(FactKind.CONTACT_RECEIVED, day, unit, null).municipality(municipality).channel(channel).ageGroup(age).language(language).detail(origin)
				.value(family != null && g.repeat(family, day) ? 1 : 0).due(due).family(familyKey).subject(g.key(contact)));
			LocalDate answered = g.chance(0.9) ? (g.chance(0.5) ? day : due) : due.plusDays(g.between(1, 6));
			if (!g.happened(answered)) {
				continue;
			}
			String outcome = g.weighted(new String[] { "ANSWERED", "ROUTED_TO_SERVICE", "ROUTED_TO_BOOKING", "ROUTED_TO_ASSESSMENT" }, new double[] { 50, 25, 15, 10 });
			emit(g.fact(FactKind.CONTACT_ANSWERED, answered, unit, null).municipality(municipality).channel(channel).ageGroup(age).language(language)
				.detail(outcome).onTime(!answered.isAfter(due)).value((int) ChronoUnit.DAYS.between(day, answered)).family(familyKey).subject(g.key(contact)));
			if (!outcome.equals("ANSWERED")) {
				emit(g.fact(FactKind.CONTACT_ROUTED, answered, null, null).municipality(municipality).ageGroup(age).language(language)
					.detail(outcome.substring("ROUTED_TO_".length())).family(familyKey).subject(g.key(contact)));
			}
		}
	}

	private void appointments() {
		for (int i = g.count(300 * weight); i > 0; i--) {
			double which = g.fraction();
			Unit unit = which < 0.8 ? g.pick(g.units(UnitKind.CHILD_HEALTH_CLINIC, municipality))
					: which < 0.9 ? g.pick(g.units(UnitKind.FAMILY_COUNSELLING, municipality))
							: which < 0.95 ? g.pick(g.units(UnitKind.FAMILY_SOCIAL_WORK, municipality)) : g.pick(g.units(UnitKind.NGO_FAMILY_ACTIVITIES, municipality));
			double remote = 0.10 + 0.15 * trend;
			String channel = g.weighted(new String[] { "IN_PERSON", "VIDEO", "PHONE", "HOME_VISIT", "OUTREACH" },
					new double[] { 0.78 - remote, remote, 0.10, 0.08, 0.04 });
			LocalDate booked = g.dayIn(month);
			int wait = unit.kind() == UnitKind.FAMILY_COUNSELLING ? g.between(10, 45) : g.between(2, 16);
			LocalDate meeting = booked.plusDays(wait);
			UUID booking = g.id();
			String language = language();
			emit(g.fact(FactKind.APPOINTMENT_BOOKED, booked, unit, null).channel(channel).language(language).value(wait).subject(g.key(booking)));
			if (!g.happened(meeting)) {
				continue;
			}
			FactKind end = g.chance(0.85) ? FactKind.APPOINTMENT_ATTENDED : g.chance(0.5) ? FactKind.APPOINTMENT_MISSED : FactKind.APPOINTMENT_CANCELLED;
			Fact.Builder fact = g.fact(end, end == FactKind.APPOINTMENT_CANCELLED ? booked.plusDays(wait / 2) : meeting, unit, null).channel(channel)
				.language(language).subject(g.key(booking));
			emit(end == FactKind.APPOINTMENT_CANCELLED ? fact.detail(g.chance(0.7) ? "BY_FAMILY" : "BY_UNIT") : fact);
		}
	}

	private void concerns() {
		for (int i = g.count(40 * weight); i > 0; i--) {
			Unit unit = g.pick(g.chance(0.5) ? g.units(UnitKind.EARLY_CHILDHOOD_EDUCATION, municipality) : g.units(UnitKind.CHILD_HEALTH_CLINIC, municipality));
			emit(g.fact(FactKind.CONCERN_RAISED, g.dayIn(month), unit, null).ageGroup(g.ageGroup())
				.detail(g.weighted(new String[] { "NONE", "SMALL", "GREY_ZONE", "GREAT" }, new double[] { 15, 45, 30, 10 })).value(g.chance(0.3) ? 1 : 0)
				.subject(g.key(g.id())));
		}
	}

	/** The southern intake unit is slow: the §26 decision is late in a third of its notifications. */
	private void notifications() {
		List<Unit> intake = g.units(UnitKind.CHILD_WELFARE, municipality).stream().filter(u -> u.name().fi().contains("eteläinen") != north).toList();
		Unit unit = g.pick(intake.isEmpty() ? g.units(UnitKind.CHILD_WELFARE, municipality) : intake);
		boolean slow = unit.name().fi().contains("eteläinen");
		for (int i = g.count(30 * weight); i > 0; i--) {
			LocalDate received = g.dayIn(month);
			LocalDate due = g.workingDaysAfter(received, 7);
			UUID notification = g.id();
			String age = g.ageGroup();
			emit(g.fact(FactKind.NOTIFICATION_RECEIVED, received, unit, null).municipality(municipality).ageGroup(age)
				.detail(g.chance(0.8) ? "PROFESSIONAL" : "RESIDENT").due(due).subject(g.key(notification)));
			emit(g.fact(FactKind.NOTIFICATION_URGENCY_ASSESSED, received, unit, null).municipality(municipality).ageGroup(age)
				.detail(g.weighted(new String[] { "IMMEDIATE", "URGENT", "NORMAL" }, new double[] { 5, 25, 70 })).value(0).subject(g.key(notification)));
			LocalDate decided = g.chance(slow ? 0.62 : 0.96) ? received.plusDays(g.between(1, (int) ChronoUnit.DAYS.between(received, due)))
					: due.plusDays(g.between(1, 12));
			if (g.happened(decided)) {
				emit(g.fact(FactKind.NOTIFICATION_DECIDED, decided, unit, null).municipality(municipality).ageGroup(age)
					.detail(g.chance(0.55) ? "START_ASSESSMENT" : "NO_ASSESSMENT").onTime(!decided.isAfter(due))
					.value((int) ChronoUnit.DAYS.between(received, decided)).subject(g.key(notification)));
			}
		}
	}

	/** Cases opened this month, with their whole course; in two municipalities corrective work gives way to early support. */
	private void cases() {
		double shift = HistoryGenerator.SHIFTING.contains(municipality) ? 0.7 * trend : 0;
		for (int i = g.count(35 * weight * (1 + shift)); i > 0; i--) {
			new CaseCourse(g, out, municipality, north, g.chance(0.6) ? "FAMILY_SOCIAL_WORK" : "FAMILY_WORK", g.dayIn(month)).generate();
		}
		for (int i = g.count(18 * weight * (1 - shift)); i > 0; i--) {
			String kind = g.weighted(new String[] { "CHILD_WELFARE_OPEN_CARE", "FOSTER_CARE", "INSTITUTIONAL_CARE" }, new double[] { 75, 15, 10 });
			new CaseCourse(g, out, municipality, north, kind, g.dayIn(month)).generate();
		}
	}

	private void feedback() {
		for (int i = g.count(20 * weight); i > 0; i--) {
			Unit unit = g.pick(g.units(UnitKind.CHILD_HEALTH_CLINIC, municipality));
			emit(g.fact(FactKind.FEEDBACK_GIVEN, month.atDay(1), unit, null).month(month)
				.detail(g.weighted(new String[] { "YES", "PARTLY", "NO" }, new double[] { 72, 20, 8 })));
		}
	}

	private void emit(Fact.Builder fact) {
		out.accept(g.build(fact));
	}
}
