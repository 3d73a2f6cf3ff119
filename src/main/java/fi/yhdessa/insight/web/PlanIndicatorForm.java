package fi.yhdessa.insight.web;

import fi.yhdessa.insight.plan.Direction;
import fi.yhdessa.insight.plan.PlanIndicator;
import fi.yhdessa.insight.plan.PlanRefused;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.validation.Errors;

/** An indicator for a priority: which one, its baseline and year, the target and its year, and which way is better. */
public class PlanIndicatorForm {

	private String indicator;
	private String baseline;
	private String baselineYear;
	private String target;
	private String targetYear;
	private String direction = Direction.DOWN.name();

	PlanIndicator valid(Set<Integer> indicators, Errors errors) {
		Integer id = null;
		try {
			id = indicator == null ? null : Integer.valueOf(indicator.strip());
		}
		catch (NumberFormatException e) {
			// answered below
		}
		if (id == null || !indicators.contains(id)) {
			errors.rejectValue("indicator", "welfarePlan.error.indicator");
		}
		BigDecimal base = PlanForms.decimal("baseline", baseline, false, errors);
		Integer baseYear = PlanForms.year("baselineYear", baselineYear, base != null, errors);
		BigDecimal goal = PlanForms.decimal("target", target, true, errors);
		Integer goalYear = PlanForms.year("targetYear", targetYear, true, errors);
		Direction way = "UP".equals(direction) ? Direction.UP : "DOWN".equals(direction) ? Direction.DOWN : null;
		if (way == null) {
			errors.rejectValue("direction", "welfarePlan.error.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return new PlanIndicator(id, base, baseYear, goal, goalYear, way);
		}
		catch (PlanRefused e) {
			errors.rejectValue(switch (e.messageKey()) {
				case "welfarePlan.error.baselineYear" -> "baselineYear";
				case "welfarePlan.error.targetYear" -> "targetYear";
				default -> "target";
			}, e.messageKey());
			return null;
		}
	}

	public String getIndicator() {
		return indicator;
	}

	public void setIndicator(String indicator) {
		this.indicator = indicator;
	}

	public String getBaseline() {
		return baseline;
	}

	public void setBaseline(String baseline) {
		this.baseline = baseline;
	}

	public String getBaselineYear() {
		return baselineYear;
	}

	public void setBaselineYear(String baselineYear) {
		this.baselineYear = baselineYear;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(String targetYear) {
		this.targetYear = targetYear;
	}

	public String getDirection() {
		return direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}
}
