package fi.yhdessa.citizen;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The family's answer to how its everyday life goes, 0 to 10, at the start or the end of a case. */
class EverydayLifeForm {

	@NotNull(message = "{portal.everyday.required}")
	@Pattern(regexp = "START|END", message = "{portal.everyday.required}")
	private String stage;

	@NotNull(message = "{portal.everyday.required}")
	@Min(value = 0, message = "{portal.everyday.required}")
	@Max(value = 10, message = "{portal.everyday.required}")
	private Integer rating;

	public String getStage() {
		return stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public Integer getRating() {
		return rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}
}
