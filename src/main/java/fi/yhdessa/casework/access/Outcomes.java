package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.platform.Changed;
import fi.yhdessa.platform.Facts;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome measures of a case: goal attainment (GAS) on each goal of the client plan, rated by
 * the worker with the family at agreement and at each review, and the family's own 0–10 rating of
 * everyday life at the start and the end. Each rating is a fact for the leadership's figures of
 * effectiveness.
 */
@Service
@Transactional(noRollbackFor = Refusal.class)
public class Outcomes {

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final CaseContexts contexts;
	private final Facts facts;
	private final Clock clock;

	Outcomes(JdbcClient jdbc, CaseStore store, CaseAccess access, CaseContexts contexts, Facts facts, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.contexts = contexts;
		this.facts = facts;
		this.clock = clock;
	}

	/** A goal's rating at agreement and its latest review, for the case page. */
	public record GoalRating(int goal, String text, Integer baseline, Integer latest) {
	}

	/**
	 * Rates the goals of the latest plan version; goals left out are not rated now. A goal's first
	 * rating is its starting point at agreement, later ones are reviews.
	 *
	 * @param scores by the goal's place in the plan, from 0
	 */
	public void rateGoals(SignedInUser user, UUID caseId, int version, Map<Integer, Integer> scores) {
		ClientCase clientCase = access.require(user, caseId, Operation.PLAN).clientCase();
		clientCase.requireOpen();
		List<PlanVersion> plans = store.plans(caseId);
		if (plans.isEmpty() || plans.getFirst().version() != version) {
			throw new Problem("plan.error.version");
		}
		if (scores.isEmpty()) {
			throw new Problem("gas.error.none");
		}
		PlanVersion plan = plans.getFirst();
		Instant now = Instant.now(clock);
		var context = contexts.of(caseId);
		scores.forEach((goal, score) -> {
			GoalAttainment baseline = baseline(caseId, version, goal).orElse(null);
			GoalAttainment.Stage stage = baseline == null ? GoalAttainment.Stage.AGREEMENT : GoalAttainment.Stage.REVIEW;
			Changed<GoalAttainment> rated = GoalAttainment.rate(new GoalAttainment(UUID.randomUUID(), caseId, version, goal, stage, score, now,
					user.getUsername()), plan, baseline, context);
			GoalAttainment g = rated.after();
			jdbc.sql("""
					insert into casework.goal_attainment (id, case_id, version, goal, stage, score, rated_at, rated_by)
					values (:id, :case, :version, :goal, :stage, :score, :at, :by)
					""")
				.param("id", g.id())
				.param("case", caseId)
				.param("version", version)
				.param("goal", goal)
				.param("stage", stage.name())
				.param("score", score)
				.param("at", Timestamp.from(now))
				.param("by", user.getUsername())
				.update();
			facts.publish(rated);
		});
	}

	/** Each goal of the plan version with its rating at agreement and its latest review; the caller has read the case. */
	public List<GoalRating> goalRatings(PlanVersion plan) {
		Map<Integer, Integer> baselines = new HashMap<>();
		Map<Integer, Integer> latest = new HashMap<>();
		jdbc.sql("select goal, stage, score from casework.goal_attainment where case_id = :case and version = :version order by rated_at")
			.param("case", plan.caseId())
			.param("version", plan.version())
			.query(rs -> {
				(GoalAttainment.Stage.valueOf(rs.getString("stage")) == GoalAttainment.Stage.AGREEMENT ? baselines : latest).put(rs.getInt("goal"),
						rs.getInt("score"));
			});
		List<GoalRating> ratings = new ArrayList<>();
		for (int goal = 0; goal < plan.goals().size(); goal++) {
			ratings.add(new GoalRating(goal, plan.goals().get(goal), baselines.get(goal), latest.get(goal)));
		}
		return ratings;
	}

	/** The family's rating of everyday life, by the family in the portal or recorded by a worker as the family said. */
	public void rateEverydayLife(SignedInUser user, UUID caseId, EverydayRating.Stage stage, int rating) {
		boolean family = !user.isStaff();
		ClientCase clientCase = access.require(user, caseId, family ? Operation.RESPOND_TO_PLAN : Operation.PLAN).clientCase();
		Changed<EverydayRating> answered = EverydayRating.answer(new EverydayRating(caseId, stage, rating, Instant.now(clock), user.getUsername(), family),
				clientCase, contexts.of(caseId));
		EverydayRating r = answered.after();
		int inserted = jdbc.sql("""
				insert into casework.everyday_rating (case_id, stage, rating, answered_at, answered_by, by_family)
				values (:case, :stage, :rating, :at, :by, :family) on conflict do nothing
				""")
			.param("case", caseId)
			.param("stage", stage.name())
			.param("rating", rating)
			.param("at", Timestamp.from(r.answeredAt()))
			.param("by", r.answeredBy())
			.param("family", family)
			.update();
		if (inserted == 0) {
			throw new Problem("everyday.error.given");
		}
		facts.publish(answered);
	}

	/** The family's ratings of the case so far, by stage; the caller has read the case. */
	public Map<EverydayRating.Stage, Integer> everydayRatings(UUID caseId) {
		Map<EverydayRating.Stage, Integer> ratings = new EnumMap<>(EverydayRating.Stage.class);
		jdbc.sql("select stage, rating from casework.everyday_rating where case_id = :case")
			.param("case", caseId)
			.query(rs -> {
				ratings.put(EverydayRating.Stage.valueOf(rs.getString("stage")), rs.getInt("rating"));
			});
		return ratings;
	}

	private Optional<GoalAttainment> baseline(UUID caseId, int version, int goal) {
		return jdbc.sql("select * from casework.goal_attainment where case_id = :case and version = :version and goal = :goal and stage = 'AGREEMENT'")
			.param("case", caseId)
			.param("version", version)
			.param("goal", goal)
			.query((rs, n) -> new GoalAttainment(rs.getObject("id", UUID.class), caseId, version, goal, GoalAttainment.Stage.AGREEMENT, rs.getInt("score"),
					rs.getTimestamp("rated_at").toInstant(), rs.getString("rated_by")))
			.optional();
	}
}
