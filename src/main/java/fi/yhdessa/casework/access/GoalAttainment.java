package fi.yhdessa.casework.access;

import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.GoalAttainmentRated;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.FactIds;
import java.time.Instant;
import java.util.UUID;

/**
 * A rating of one goal of a client plan version on the goal attainment scale (GAS): −2 much less
 * than expected, −1 less, 0 as expected, +1 more, +2 much more. At the plan's agreement the family's
 * starting point is rated, then again at each review.
 *
 * @param goal the goal's place in the plan version, from 0
 */
public record GoalAttainment(UUID id, UUID caseId, int version, int goal, Stage stage, int score, Instant ratedAt, String ratedBy) {

	static final int LOWEST = -2;
	static final int HIGHEST = 2;

	/** When a goal is rated. Message key {@code gas.stage.NAME}. */
	public enum Stage {
		AGREEMENT, REVIEW
	}

	/**
	 * A goal is rated; a review needs the rating at agreement first, and the agreement rating is made
	 * once. Records {@link GoalAttainmentRated} with the starting point of a reviewed goal.
	 *
	 * @param plan the plan version whose goal it is
	 * @param baseline the goal's rating at agreement, if made
	 */
	public static Changed<GoalAttainment> rate(GoalAttainment rating, PlanVersion plan, GoalAttainment baseline, CaseContext context) {
		if (rating.score < LOWEST || rating.score > HIGHEST) {
			throw new Problem("gas.error.score");
		}
		if (rating.goal < 0 || rating.goal >= plan.goals().size() || rating.version != plan.version()) {
			throw new Problem("gas.error.goal");
		}
		if (rating.stage == Stage.AGREEMENT && baseline != null) {
			throw new Problem("gas.error.baselineGiven");
		}
		if (rating.stage == Stage.REVIEW && baseline == null) {
			throw new Problem("gas.error.noBaseline");
		}
		return Changed.created(rating, new GoalAttainmentRated(FactIds.of("GoalAttainmentRated", rating.id), context, rating.version, rating.goal,
				rating.stage.name(), rating.score, baseline == null ? null : baseline.score, rating.ratedAt));
	}
}
