package fi.yhdessa.insight.demo;

import fi.yhdessa.insight.facts.Fact;
import fi.yhdessa.insight.facts.FactKind;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The course of one synthetic case: opened, assessed, planned with its goals rated, handed off,
 * rated by the family, and closed when its time comes. Goals improve more in family work and family
 * counselling than in child welfare, and families rate their everyday life accordingly.
 */
final class CaseCourse {

	/** How much a goal's GAS rating improves from agreement to review, on average, by kind of client work. */
	private static final Map<String, Double> IMPROVEMENT = Map.of("FAMILY_WORK", 1.6, "FAMILY_SOCIAL_WORK", 1.1, "CHILD_WELFARE_OPEN_CARE", 0.6,
			"FOSTER_CARE", 0.8, "INSTITUTIONAL_CARE", 0.4);

	private final HistoryGenerator g;
	private final Consumer<Fact> out;
	private final String municipality;
	private final String kind;
	private final LocalDate opened;
	private final Unit unit;
	private final UUID caseId;
	private final byte[] family;
	private final String age;

	CaseCourse(HistoryGenerator generator, Consumer<Fact> out, String municipality, boolean north, String kind, LocalDate opened) {
		this.g = generator;
		this.out = out;
		this.municipality = municipality;
		this.kind = kind;
		this.opened = opened;
		boolean corrective = !kind.startsWith("FAMILY_");
		List<Unit> units = g.units(corrective ? UnitKind.CHILD_WELFARE : UnitKind.FAMILY_SOCIAL_WORK, municipality);
		List<Unit> inArea = units.stream().filter(u -> u.name().fi().contains("eteläinen") != north).toList();
		this.unit = g.pick(inArea.isEmpty() ? units : inArea);
		this.caseId = g.id();
		this.family = g.key(g.id());
		this.age = g.ageGroup();
	}

	void generate() {
		boolean corrective = !kind.startsWith("FAMILY_");
		int months = corrective ? g.between(6, 18) : g.between(2, 8);
		LocalDate closes = opened.plusMonths(months).plusDays(g.between(0, 20));
		emit(FactKind.CASE_OPENED, opened, b -> b.detail(g.weighted(new String[] { "CONTACT", "INVITATION", "NOTIFICATION", "DIRECT" },
				corrective ? new double[] { 10, 10, 60, 20 } : new double[] { 45, 30, 5, 20 })).value(opened.lengthOfMonth() - opened.getDayOfMonth() + 1));
		emit(FactKind.CONSENT_GIVEN, opened, b -> b.detail("CONSENT").subject(g.key(g.id())));
		assessment();
		int goals = g.between(1, 3);
		int[] baselines = new int[goals];
		LocalDate agreed = opened.plusDays(g.between(7, 25));
		if (g.happened(agreed)) {
			emit(FactKind.PLAN_AGREED, agreed, b -> b.detail(g.chance(0.6) ? "BY_FAMILY" : "BY_WORKER").value(g.between(0, 10)));
			for (int goal = 0; goal < goals; goal++) {
				baselines[goal] = g.chance(0.6) ? -1 : -2;
				int at = goal;
				emit(FactKind.GOAL_ATTAINMENT_RATED, agreed, b -> b.detail("AGREEMENT").value(baselines[at]).subject(goalKey(at)));
			}
		}
		if (g.chance(0.7)) {
			emit(FactKind.EVERYDAY_LIFE_RATED, opened.plusDays(3), b -> b.detail("START").value(g.between(2, 6)).subject(g.key(caseId)));
		}
		handoffs();
		for (LocalDate review = agreed.plusMonths(3); review.isBefore(closes) && g.happened(review); review = review.plusMonths(3)) {
			LocalDate day = review;
			emit(FactKind.PLAN_REVIEWED, day, b -> b.onTime(g.chance(0.8)));
			for (int goal = 0; goal < goals; goal++) {
				int at = goal;
				int score = (int) Math.round(Math.max(-2, Math.min(2, baselines[goal] + IMPROVEMENT.get(kind) * (0.6 + g.fraction()) + (g.fraction() - 0.5))));
				emit(FactKind.GOAL_ATTAINMENT_RATED, day, b -> b.detail("REVIEW").value(score).base(baselines[at]).subject(goalKey(at)));
			}
		}
		if (g.chance(0.2)) {
			LocalDate changed = opened.plusDays(g.between(20, 120));
			if (changed.isBefore(closes) && g.happened(changed)) {
				emit(FactKind.RESPONSIBLE_WORKER_CHANGED, changed, b -> b.detail(g.chance(0.4) ? "BY_HANDOFF" : "DIRECT"));
			}
		}
		if (g.happened(closes)) {
			emit(FactKind.CASE_CLOSED, closes, b -> b.detail(g.weighted(new String[] { "GOALS_MET", "SERVICES_CONTINUE_ELSEWHERE", "MOVED_AWAY", "NO_NEED",
					"FAMILY_DECLINED" }, new double[] { 45, 30, 8, 10, 7 })).value(closes.lengthOfMonth() - closes.getDayOfMonth()));
			if (g.chance(0.6)) {
				int end = (int) Math.min(10, g.between(3, 6) + Math.round(IMPROVEMENT.get(kind) * 1.5 + g.fraction()));
				emit(FactKind.EVERYDAY_LIFE_RATED, closes.plusDays(g.between(1, 20)), b -> b.detail("END").value(end).subject(g.key(caseId)));
			}
		}
	}

	private void assessment() {
		boolean special = g.chance(0.6);
		LocalDate startDue = special ? g.workingDaysAfter(opened, 7) : null;
		LocalDate completionDue = special ? opened.plusMonths(3) : null;
		UUID assessment = g.id();
		boolean south = unit.name().fi().contains("eteläinen");
		emit(FactKind.ASSESSMENT_INITIATED, opened, b -> b.detail(special ? "SPECIAL_SUPPORT" : "OTHER").due(startDue).dueFinal(completionDue)
			.subject(g.key(assessment)));
		LocalDate started = opened.plusDays(g.chance(south ? 0.8 : 0.92) ? g.between(1, 8) : g.between(10, 20));
		if (!g.happened(started)) {
			return;
		}
		emit(FactKind.ASSESSMENT_STARTED, started, b -> b.detail(special ? "SPECIAL_SUPPORT" : "OTHER")
			.onTime(special ? !started.isAfter(startDue) : null).value((int) ChronoUnit.DAYS.between(opened, started)).subject(g.key(assessment)));
		LocalDate completed = started.plusDays(g.chance(0.85) ? g.between(20, 75) : g.between(90, 130));
		if (g.happened(completed)) {
			emit(FactKind.ASSESSMENT_COMPLETED, completed, b -> b.detail(special ? "SPECIAL_SUPPORT" : "OTHER")
				.onTime(special ? !completed.isAfter(completionDue) : null).value((int) ChronoUnit.DAYS.between(opened, completed)).subject(g.key(assessment)));
		}
	}

	/** Hand-offs until one lands or the family stays: each returned one counts in the bounce figure of the one that lands. */
	private void handoffs() {
		int returned = 0;
		LocalDate proposed = opened.plusDays(g.between(10, 40));
		for (int tries = g.chance(0.5) ? g.between(1, 3) : 0; tries > 0 && g.happened(proposed); tries--) {
			Unit to = g.pick(g.chance(0.6) ? g.units(UnitKind.FAMILY_COUNSELLING, municipality) : g.units(UnitKind.NGO_FAMILY_ACTIVITIES, municipality));
			UUID handoff = g.id();
			LocalDate due = g.workingDaysAfter(proposed, 5);
			LocalDate at = proposed;
			String detail = returned > 0 ? "REROUTED" : "FIRST";
			emitHandoff(FactKind.HANDOFF_PROPOSED, at, to, handoff, b -> b.detail(detail).due(due));
			double answer = g.fraction();
			if (answer < 0.72) {
				LocalDate accepted = proposed.plusDays(g.between(1, 6));
				if (!g.happened(accepted)) {
					return;
				}
				emitHandoff(FactKind.HANDOFF_ACCEPTED, accepted, to, handoff, b -> b.value((int) ChronoUnit.DAYS.between(at, accepted)));
				LocalDate met = accepted.plusDays(g.between(3, 14));
				int before = returned;
				if (g.happened(met)) {
					emitHandoff(FactKind.HANDOFF_COMPLETED, met, to, handoff, b -> b.value(before).base((int) ChronoUnit.DAYS.between(at, met)));
				}
				return;
			}
			LocalDate back = answer < 0.87 ? proposed.plusDays(g.between(1, 5)) : due.plusDays(1);
			if (!g.happened(back)) {
				return;
			}
			if (answer < 0.87) {
				emitHandoff(FactKind.HANDOFF_DECLINED, back, to, handoff, b -> b.value((int) ChronoUnit.DAYS.between(at, back)));
			}
			else {
				emitHandoff(FactKind.HANDOFF_EXPIRED, back, to, handoff, b -> b);
			}
			returned++;
			proposed = back.plusDays(g.between(1, 10));
		}
	}

	private byte[] goalKey(int goal) {
		return g.key(UUID.nameUUIDFromBytes((caseId + ":" + goal).getBytes()));
	}

	private void emit(FactKind factKind, LocalDate day, UnaryOperator<Fact.Builder> details) {
		out.accept(g.build(details.apply(g.fact(factKind, day, unit, kind).municipality(municipality).ageGroup(age).family(family)
			.subject(g.key(caseId)))));
	}

	private void emitHandoff(FactKind factKind, LocalDate day, Unit to, UUID handoff, UnaryOperator<Fact.Builder> details) {
		out.accept(g.build(details.apply(g.fact(factKind, day, to, null).municipality(municipality).ageGroup(age).family(family).subject(g.key(handoff)))));
	}
}
