package fi.yhdessa.casework.web;

import fi.yhdessa.casework.access.EverydayRating;
import java.util.Map;

/** The family's rating of everyday life at the start or the end, as the worker records it. */
public class EverydayForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("stage", "everyday.stage", "rating", "everyday.rating");

	private EverydayRating.Stage stage;

	private Integer rating;

	public EverydayRating.Stage getStage() {
		return stage;
	}

	public void setStage(EverydayRating.Stage stage) {
		this.stage = stage;
	}

	public Integer getRating() {
		return rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}
}
