package fi.yhdessa.insight.web;

import fi.yhdessa.insight.plan.Priority;
import fi.yhdessa.platform.LocalizedText;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A priority of the plan: its name and description (Finnish at least), and the group of the network that owns it. */
public class PriorityForm {

	private String titleFi;
	private String titleSv;
	private String titleEn;
	private String descriptionFi;
	private String descriptionSv;
	private String descriptionEn;
	private String ownerGroup;
	private int version;

	static PriorityForm of(Priority p) {
		PriorityForm form = new PriorityForm();
		form.titleFi = p.title().fi();
		form.titleSv = p.title().sv();
		form.titleEn = p.title().en();
		if (p.description() != null) {
			form.descriptionFi = p.description().fi();
			form.descriptionSv = p.description().sv();
			form.descriptionEn = p.description().en();
		}
		form.ownerGroup = p.ownerGroup() == null ? null : p.ownerGroup().toString();
		form.version = p.version();
		return form;
	}

	record Valid(LocalizedText title, LocalizedText description, UUID ownerGroup) {
	}

	Valid valid(Set<UUID> groups, Errors errors) {
		String fi = PlanForms.text("titleFi", titleFi, true, 200, errors);
		String sv = PlanForms.text("titleSv", titleSv, false, 200, errors);
		String en = PlanForms.text("titleEn", titleEn, false, 200, errors);
		String dFi = PlanForms.text("descriptionFi", descriptionFi, false, PlanForms.MAX_TEXT, errors);
		String dSv = PlanForms.text("descriptionSv", descriptionSv, false, PlanForms.MAX_TEXT, errors);
		String dEn = PlanForms.text("descriptionEn", descriptionEn, false, PlanForms.MAX_TEXT, errors);
		UUID owner = null;
		try {
			owner = ownerGroup == null || ownerGroup.isBlank() ? null : UUID.fromString(ownerGroup);
		}
		catch (IllegalArgumentException e) {
			// answered below
		}
		if (owner == null || !groups.contains(owner)) {
			errors.rejectValue("ownerGroup", "welfarePlan.error.owner");
		}
		return errors.hasErrors() ? null : new Valid(LocalizedText.of(fi, sv, en), LocalizedText.ofNullable(dFi, dSv, dEn), owner);
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

	public String getDescriptionFi() {
		return descriptionFi;
	}

	public void setDescriptionFi(String descriptionFi) {
		this.descriptionFi = descriptionFi;
	}

	public String getDescriptionSv() {
		return descriptionSv;
	}

	public void setDescriptionSv(String descriptionSv) {
		this.descriptionSv = descriptionSv;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getOwnerGroup() {
		return ownerGroup;
	}

	public void setOwnerGroup(String ownerGroup) {
		this.ownerGroup = ownerGroup;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
