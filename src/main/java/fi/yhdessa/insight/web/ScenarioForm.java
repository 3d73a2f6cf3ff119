package fi.yhdessa.insight.web;

import fi.yhdessa.insight.costs.Savings;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** The assumptions of a savings scenario as typed, every one of them visible and adjustable; the name when it is saved. */
public class ScenarioForm {

	private String name;
	private String families = "100";
	private String wouldNeedCorrective = "10";
	private String placed = "20";
	private String openCareMonths = "12";
	private String openCareMonthCost;
	private String placementDays = "180";
	private String placementDayCost;
	private String earlyVisits = "10";
	private String earlyVisitCost;
	private String years = "5";

	/** The form of a scenario given as numbers (the API's), to be checked like a typed one. */
	static ScenarioForm of(String name, Savings.Assumptions a) {
		ScenarioForm form = new ScenarioForm();
		form.name = name;
		if (a != null) {
			form.families = String.valueOf(a.families());
			form.wouldNeedCorrective = String.valueOf(a.wouldNeedCorrective());
			form.placed = String.valueOf(a.placed());
			form.openCareMonths = String.valueOf(a.openCareMonths());
			form.openCareMonthCost = String.valueOf(a.openCareMonthCost());
			form.placementDays = String.valueOf(a.placementDays());
			form.placementDayCost = String.valueOf(a.placementDayCost());
			form.earlyVisits = String.valueOf(a.earlyVisits());
			form.earlyVisitCost = String.valueOf(a.earlyVisitCost());
			form.years = String.valueOf(a.years());
		}
		else {
			form.families = null;
		}
		return form;
	}

	/** The assumptions, or null with the errors recorded by field. */
	Savings.Assumptions assumptions(Errors errors) {
		int f = whole("families", families, 0, 1_000_000, errors);
		double need = decimal("wouldNeedCorrective", wouldNeedCorrective, 0, 100, errors);
		double share = decimal("placed", placed, 0, 100, errors);
		int months = whole("openCareMonths", openCareMonths, 0, 120, errors);
		double monthCost = decimal("openCareMonthCost", openCareMonthCost, 0, 1_000_000, errors);
		int days = whole("placementDays", placementDays, 0, 3_650, errors);
		double dayCost = decimal("placementDayCost", placementDayCost, 0, 100_000, errors);
		int visits = whole("earlyVisits", earlyVisits, 0, 1_000, errors);
		double visitCost = decimal("earlyVisitCost", earlyVisitCost, 0, 100_000, errors);
		int y = whole("years", years, 1, 5, errors);
		return errors.hasErrors() ? null : new Savings.Assumptions(f, need, share, months, monthCost, days, dayCost, visits, visitCost, y);
	}

	/** The name to save under: required, at most 120 characters. */
	String name(Errors errors) {
		if (name == null || name.isBlank()) {
			errors.rejectValue("name", "insight.scenario.error.name");
			return null;
		}
		if (name.strip().length() > 120) {
			errors.rejectValue("name", "insight.scenario.error.nameLength");
			return null;
		}
		return name.strip();
	}

	void prices(double openCare, double placementDay, double earlyVisit) {
		openCareMonthCost = openCareMonthCost == null ? plain(openCare) : openCareMonthCost;
		placementDayCost = placementDayCost == null ? plain(placementDay) : placementDayCost;
		earlyVisitCost = earlyVisitCost == null ? plain(earlyVisit) : earlyVisitCost;
	}

	private static String plain(double euros) {
		return BigDecimal.valueOf(euros).stripTrailingZeros().toPlainString();
	}

	private static int whole(String field, String typed, int min, int max, Errors errors) {
		try {
			int value = Integer.parseInt(typed == null ? "" : typed.strip().replace(" ", ""));
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.rejectValue(field, "insight.scenario.error.range", new Object[] { min, max }, null);
		return 0;
	}

	private static double decimal(String field, String typed, double min, double max, Errors errors) {
		try {
			double value = Double.parseDouble(typed == null ? "" : typed.strip().replace(" ", "").replace(',', '.'));
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.rejectValue(field, "insight.scenario.error.range", new Object[] { min, max }, null);
		return 0;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFamilies() {
		return families;
	}

	public void setFamilies(String families) {
		this.families = families;
	}

	public String getWouldNeedCorrective() {
		return wouldNeedCorrective;
	}

	public void setWouldNeedCorrective(String wouldNeedCorrective) {
		this.wouldNeedCorrective = wouldNeedCorrective;
	}

	public String getPlaced() {
		return placed;
	}

	public void setPlaced(String placed) {
		this.placed = placed;
	}

	public String getOpenCareMonths() {
		return openCareMonths;
	}

	public void setOpenCareMonths(String openCareMonths) {
		this.openCareMonths = openCareMonths;
	}

	public String getOpenCareMonthCost() {
		return openCareMonthCost;
	}

	public void setOpenCareMonthCost(String openCareMonthCost) {
		this.openCareMonthCost = openCareMonthCost;
	}

	public String getPlacementDays() {
		return placementDays;
	}

	public void setPlacementDays(String placementDays) {
		this.placementDays = placementDays;
	}

	public String getPlacementDayCost() {
		return placementDayCost;
	}

	public void setPlacementDayCost(String placementDayCost) {
		this.placementDayCost = placementDayCost;
	}

	public String getEarlyVisits() {
		return earlyVisits;
	}

	public void setEarlyVisits(String earlyVisits) {
		this.earlyVisits = earlyVisits;
	}

	public String getEarlyVisitCost() {
		return earlyVisitCost;
	}

	public void setEarlyVisitCost(String earlyVisitCost) {
		this.earlyVisitCost = earlyVisitCost;
	}

	public String getYears() {
		return years;
	}

	public void setYears(String years) {
		this.years = years;
	}
}
