package fi.yhdessa.insight.web;

import fi.yhdessa.insight.report.ReportSection;
import fi.yhdessa.insight.report.ReportTexts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;

/** The analyst's text for each section of the report, in Finnish and Swedish, keyed {@code SECTION_fi} and {@code SECTION_sv}. */
public class ReportTextForm {

	private String period;
	private String area;
	private Map<String, String> texts = new LinkedHashMap<>();

	static ReportTextForm of(String period, String area, Map<ReportSection, ReportTexts.Text> saved) {
		ReportTextForm form = new ReportTextForm();
		form.period = period;
		form.area = area;
		saved.forEach((section, text) -> {
			form.texts.put(section.name() + "_fi", text.fi());
			form.texts.put(section.name() + "_sv", text.sv());
		});
		return form;
	}

	/** The texts by section, or null with the too long ones recorded as errors. */
	Map<ReportSection, ReportTexts.Text> valid(Errors errors) {
		Map<ReportSection, ReportTexts.Text> valid = new EnumMap<>(ReportSection.class);
		for (ReportSection section : ReportSection.values()) {
			String fi = texts.get(section.name() + "_fi");
			String sv = texts.get(section.name() + "_sv");
			for (String language : new String[] { "fi", "sv" }) {
				String text = texts.get(section.name() + "_" + language);
				if (text != null && text.length() > ReportTexts.MAX) {
					errors.rejectValue("texts[" + section.name() + "_" + language + "]", "welfarePlan.error.tooLong", new Object[] { ReportTexts.MAX }, null);
				}
			}
			valid.put(section, new ReportTexts.Text(blankToNull(fi), blankToNull(sv)));
		}
		return errors.hasErrors() ? null : valid;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public Map<String, String> getTexts() {
		return texts;
	}

	public void setTexts(Map<String, String> texts) {
		this.texts = texts == null ? new LinkedHashMap<>() : texts;
	}
}
