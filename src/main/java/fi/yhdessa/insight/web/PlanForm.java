package fi.yhdessa.insight.web;

import fi.yhdessa.platform.LocalizedText;
import org.springframework.validation.Errors;

/** A new welfare plan: its name in one to three languages (Finnish at least), its years and its area (blank for the whole county). */
public class PlanForm {

	private String titleFi;
	private String titleSv;
	private String titleEn;
	private String firstYear;
	private String lastYear;
	private String area;

	record Valid(LocalizedText title, int firstYear, int lastYear, String area) {
	}

	Valid valid(java.util.Set<String> areas, Errors errors) {
		String fi = PlanForms.text("titleFi", titleFi, true, 200, errors);
		String sv = PlanForms.text("titleSv", titleSv, false, 200, errors);
		String en = PlanForms.text("titleEn", titleEn, false, 200, errors);
		Integer first = PlanForms.year("firstYear", firstYear, true, errors);
		Integer last = PlanForms.year("lastYear", lastYear, true, errors);
		if (first != null && last != null && (last < first || last - first > 10)) {
			errors.rejectValue("lastYear", "welfarePlan.error.period");
		}
		String chosen = area == null || area.isBlank() ? null : area;
		if (chosen != null && !areas.contains(chosen)) {
			errors.rejectValue("area", "welfarePlan.error.required");
		}
		return errors.hasErrors() ? null : new Valid(LocalizedText.of(fi, sv, en), first, last, chosen);
	}

	public String getTitleFi() {
		return titleFi;
	}

	public void setTitleFi(String titleFi) {
		this.titleFi = titleFi;
	}

	public String getTitleSv() {
		return titleSv;
	}

	public void setTitleSv(String titleSv) {
		this.titleSv = titleSv;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getFirstYear() {
		return firstYear;
	}

	public void setFirstYear(String firstYear) {
		this.firstYear = firstYear;
	}

	public String getLastYear() {
		return lastYear;
	}

	public void setLastYear(String lastYear) {
		this.lastYear = lastYear;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}
}
