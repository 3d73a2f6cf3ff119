package fi.yhdessa.casework.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A goal of the client plan was rated on the goal attainment scale (GAS, −2…+2): at the plan's
 * agreement, where the family starts ({@code AGREEMENT}), or at a review ({@code REVIEW}).
 *
 * @param goal the goal's place in the plan version, from 0
 * @param baseline at a review, the goal's rating at agreement, when one was made
 */
public record GoalAttainmentRated(UUID factId, CaseContext context, int version, int goal, String stage, int score, Integer baseline, Instant ratedAt) {
}
