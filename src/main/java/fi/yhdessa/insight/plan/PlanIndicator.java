package fi.yhdessa.insight.plan;

import java.math.BigDecimal;

/**
 * An indicator that follows a priority: where it stood (baseline and its year), where the plan
 * means it to be (target and its year), and which way is better.
 */
public record PlanIndicator(int indicator, BigDecimal baseline, Integer baselineYear, BigDecimal target, int targetYear, Direction direction) {

	public PlanIndicator {
		if (target == null || direction == null) {
			throw new PlanRefused("welfarePlan.error.target");
		}
		if (baseline != null && baselineYear == null) {
			throw new PlanRefused("welfarePlan.error.baselineYear");
		}
		if (baselineYear != null && baselineYear > targetYear) {
			throw new PlanRefused("welfarePlan.error.targetYear");
		}
		if (baseline != null && (direction == Direction.DOWN ? target.compareTo(baseline) > 0 : target.compareTo(baseline) < 0)) {
			throw new PlanRefused("welfarePlan.error.direction");
		}
	}

	/** How the indicator stands against its target. */
	public enum Standing {
		REACHED, IMPROVING, NOT_IMPROVING, NO_DATA
	}

	/** The standing of the latest value: reached when at or past the target, improving when past the baseline the right way. */
	public Standing standing(BigDecimal latest) {
		if (latest == null) {
			return Standing.NO_DATA;
		}
		int sign = direction == Direction.DOWN ? -1 : 1;
		if (latest.compareTo(target) * sign >= 0) {
			return Standing.REACHED;
		}
		if (baseline != null && latest.compareTo(baseline) * sign > 0) {
			return Standing.IMPROVING;
		}
		return Standing.NOT_IMPROVING;
	}
}
