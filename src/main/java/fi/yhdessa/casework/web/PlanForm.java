package fi.yhdessa.casework.web;

import fi.yhdessa.casework.PlanVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A new version of the plan: the goals in the family's own words, up to three measures, the commitments and the review day. */
public class PlanForm {

	static final int MEASURES = 3;
	static final Map<String, String> LABELS = Map.of("goals", "plan.goals.lines", "commitments", "plan.commitments.lines", "reviewOn", "plan.review",
			"measures", "plan.measures");

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String goals = "";

	@Valid
	private List<MeasureRow> measures = new ArrayList<>(List.of(new MeasureRow(), new MeasureRow(), new MeasureRow()));

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String commitments = "";

	private String reviewOn = "";

	/** One measure: the service, who provides it, by when. */
	public static class MeasureRow {

		@Size(max = CaseForms.NAME, message = "{validation.tooLongMax}")
		private String service = "";

		@Size(max = CaseForms.NAME, message = "{validation.tooLongMax}")
		private String who = "";

		private String byWhen = "";

		public String getService() {
			return service;
		}

		public void setService(String service) {
			this.service = CaseForms.typed(service);
		}

		public String getWho() {
			return who;
		}

		public void setWho(String who) {
			this.who = CaseForms.typed(who);
		}

		public String getByWhen() {
			return byWhen;
		}

		public void setByWhen(String byWhen) {
			this.byWhen = CaseForms.typed(byWhen);
		}
	}

	public String getGoals() {
		return goals;
	}

	public void setGoals(String goals) {
		this.goals = CaseForms.typed(goals);
	}

	public List<MeasureRow> getMeasures() {
		return measures;
	}

	public void setMeasures(List<MeasureRow> measures) {
		this.measures = measures;
	}

	public String getCommitments() {
		return commitments;
	}

	public void setCommitments(String commitments) {
		this.commitments = CaseForms.typed(commitments);
	}

	public String getReviewOn() {
		return reviewOn;
	}

	public void setReviewOn(String reviewOn) {
		this.reviewOn = CaseForms.typed(reviewOn);
	}

	/** The measures with a service named. */
	List<PlanVersion.Measure> filledMeasures() {
		List<PlanVersion.Measure> filled = new ArrayList<>();
		for (MeasureRow row : measures.subList(0, Math.min(MEASURES, measures.size()))) {
			if (row != null && CaseForms.value(row.service) != null) {
				filled.add(new PlanVersion.Measure(CaseForms.value(row.service), CaseForms.value(row.who), CaseForms.date(row.byWhen)));
			}
		}
		return filled;
	}
}
