package fi.yhdessa.casework.plan;

import fi.yhdessa.casework.HiddenPart;
import fi.yhdessa.casework.PlanResponse;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.casework.Problem;
import fi.yhdessa.casework.SystemText;
import fi.yhdessa.casework.access.CaseAccess;
import fi.yhdessa.casework.access.CaseContexts;
import fi.yhdessa.casework.access.CaseStore;
import fi.yhdessa.casework.access.Cases;
import fi.yhdessa.casework.access.Operation;
import fi.yhdessa.platform.SignedInUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** The family's answers to its client plan: agreement, or comments goal by goal, kept for every version. */
@Component
public class PlanAnswers {

	private final JdbcClient jdbc;
	private final CaseStore store;
	private final CaseAccess access;
	private final Clock clock;
	private final PlanStore plans;
	private final CaseContexts contexts;

	PlanAnswers(JdbcClient jdbc, CaseStore store, CaseAccess access, Clock clock, PlanStore plans, CaseContexts contexts) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.clock = clock;
		this.plans = plans;
		this.contexts = contexts;
	}

	/**
	 * Records the resident's answer to the latest version of the plan. Agreeing marks the version
	 * agreed, with the time, for the worker to see; a new version asks again.
	 *
	 * @throws IllegalArgumentException with a message key when the version is not the latest, or the answer is empty
	 */
	public void respond(SignedInUser user, UUID caseId, int version, boolean agrees, Map<Integer, String> goalComments, String note) {
		access.require(user, caseId, Operation.RESPOND_TO_PLAN, HiddenPart.PLAN);
		List<PlanVersion> versions = store.plans(caseId);
		if (versions.isEmpty() || versions.getFirst().version() != version) {
			throw new Problem("plan.error.version");
		}
		PlanVersion plan = versions.getFirst();
		Map<Integer, String> comments = new TreeMap<>();
		if (goalComments != null) {
			goalComments.forEach((goal, comment) -> {
				if (goal != null && goal >= 1 && goal <= plan.goals().size() && comment != null && !comment.isBlank()) {
					comments.put(goal, comment.strip());
				}
			});
		}
		String cleanNote = Cases.blankToNull(note);
		if (!agrees && comments.isEmpty() && cleanNote == null) {
			throw new Problem("plan.error.response");
		}
		if (comments.values().stream().anyMatch(c -> c.length() > 2_000) || (cleanNote != null && cleanNote.length() > 2_000)) {
			throw new Problem("plan.error.responseLength");
		}
		Timestamp now = Timestamp.from(Instant.now(clock));
		jdbc.sql("""
				insert into casework.plan_response (id, case_id, version, agrees, goal_comments, note, responded_by, responder_name, responded_at)
				values (:id, :case, :version, :agrees, cast(:comments as jsonb), :note, :by, :name, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("case", caseId)
			.param("version", version)
			.param("agrees", agrees)
			.param("comments", CaseStore.JSON.writeValueAsString(comments))
			.param("note", cleanNote)
			.param("by", user.getUsername())
			.param("name", user.displayName())
			.param("at", now)
			.update();
		if (agrees && !plan.agreed()) {
			plans.agree(plan.agree(now.toInstant(), SystemText.of("plan.agreedInPortal"), user.getUsername(), true, contexts.of(caseId)));
		}
	}

	/** The answers the family has given to a plan version, the latest first; the caller has read the case. */
	public List<PlanResponse> responses(UUID caseId, int version) {
		return jdbc.sql("select * from casework.plan_response where case_id = :case and version = :version order by responded_at desc")
			.param("case", caseId)
			.param("version", version)
			.query((rs, n) -> new PlanResponse(rs.getObject("id", UUID.class), caseId, version, rs.getBoolean("agrees"),
					comments(rs.getString("goal_comments")), rs.getString("note"), rs.getString("responded_by"), rs.getString("responder_name"),
					rs.getTimestamp("responded_at").toInstant()))
			.list();
	}

	private static Map<Integer, String> comments(String json) {
		Map<String, String> raw = CaseStore.JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
		Map<Integer, String> comments = new TreeMap<>();
		raw.forEach((goal, comment) -> comments.put(Integer.valueOf(goal), comment));
		return comments;
	}
}
