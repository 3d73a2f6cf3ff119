package fi.yhdessa.insight.costs;

import java.util.ArrayList;
import java.util.List;

/**
 * What moving work to early support saves, with every assumption in sight. Each year the same
 * number of families is reached early; of them a share would otherwise have needed corrective
 * services — open care for some months and, for a share of those, a placement for some days. The
 * saving is what those corrective services would have cost, less what the early support costs. The
 * share who would otherwise have needed corrective services is the assumption everything rests on
 * (a saving is real only if the placement would really have happened): the break-even share shows
 * how high it must be for the early support to pay for itself.
 */
public final class Savings {

	private Savings() {
	}

	/**
	 * @param families families reached early each year
	 * @param wouldNeedCorrective percent of them who would otherwise need corrective services
	 * @param placed percent of those who would be placed outside the home
	 * @param openCareMonths months of child welfare open care per family that would need it
	 * @param openCareMonthCost euros per month of open care
	 * @param placementDays care days per placement
	 * @param placementDayCost euros per care day
	 * @param earlyVisits early-support visits per family reached
	 * @param earlyVisitCost euros per visit
	 * @param years how many years to count, 1 to 5
	 */
	public record Assumptions(int families, double wouldNeedCorrective, double placed, int openCareMonths, double openCareMonthCost, int placementDays,
			double placementDayCost, int earlyVisits, double earlyVisitCost, int years) {
	}

	/** One year of the scenario. */
	public record Year(int year, double earlySupportCost, double correctiveAvoided, double saving, double cumulativeSaving) {
	}

	/**
	 * @param correctivePerFamily what corrective services would cost for one family who would need them
	 * @param earlyPerFamily what early support costs for one family reached
	 * @param breakEvenShare percent who would need corrective services at which the saving is zero; {@code null} when nothing is avoidable
	 */
	public record Result(double correctivePerFamily, double earlyPerFamily, Double breakEvenShare, List<Year> years) {

		public double totalSaving() {
			return years.isEmpty() ? 0 : years.getLast().cumulativeSaving();
		}
	}

	public static Result of(Assumptions a) {
		double corrective = a.openCareMonths() * a.openCareMonthCost() + a.placed() / 100 * a.placementDays() * a.placementDayCost();
		double early = a.earlyVisits() * a.earlyVisitCost();
		List<Year> years = new ArrayList<>();
		double cumulative = 0;
		for (int year = 1; year <= a.years(); year++) {
			double cost = a.families() * early;
			double avoided = a.families() * a.wouldNeedCorrective() / 100 * corrective;
			cumulative += avoided - cost;
			years.add(new Year(year, cost, avoided, avoided - cost, cumulative));
		}
		return new Result(corrective, early, corrective == 0 ? null : 100 * early / corrective, years);
	}
}
