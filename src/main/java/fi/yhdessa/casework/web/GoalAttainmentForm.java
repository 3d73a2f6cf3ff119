package fi.yhdessa.casework.web;

import java.util.Map;
import java.util.TreeMap;

/** Goal attainment (GAS) of the plan's goals, each from −2 to +2; a goal left out is not rated now. */
public class GoalAttainmentForm {

	static final Map<String, String> LABELS = Map.of("scores", "gas.rate");

	private Integer version;

	private Map<Integer, Integer> scores = new TreeMap<>();

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Map<Integer, Integer> getScores() {
		return scores;
	}

	public void setScores(Map<Integer, Integer> scores) {
		this.scores = scores == null ? new TreeMap<>() : scores;
	}

	/** The goals rated, without those left at "not now". */
	Map<Integer, Integer> given() {
		Map<Integer, Integer> given = new TreeMap<>();
		scores.forEach((goal, score) -> {
			if (goal != null && score != null) {
				given.put(goal, score);
			}
		});
		return given;
	}
}
