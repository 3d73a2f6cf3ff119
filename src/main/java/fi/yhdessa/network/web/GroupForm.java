package fi.yhdessa.network.web;

import fi.yhdessa.network.groups.GroupKind;
import fi.yhdessa.platform.LocalizedText;
import org.springframework.validation.Errors;

/** A new group as typed: its kind, its name and purpose in one to three languages, and its area when it has one. */
public class GroupForm {

	private GroupKind kind = GroupKind.OTHER;
	private String nameFi;
	private String nameSv;
	private String nameEn;
	private String purposeFi;
	private String purposeSv;
	private String purposeEn;
	private String area;

	LocalizedText name(Errors errors) {
		LocalizedText name = LocalizedText.ofNullable(nameFi, nameSv, nameEn);
		if (name == null) {
			errors.rejectValue("nameFi", "group.error.name");
		}
		return name;
	}

	LocalizedText purpose(Errors errors) {
		LocalizedText purpose = LocalizedText.ofNullable(purposeFi, purposeSv, purposeEn);
		if (purpose == null) {
			errors.rejectValue("purposeFi", "group.error.purpose");
		}
		return purpose;
	}

	String areaCode() {
		return area == null || area.isBlank() ? null : area;
	}

	public GroupKind getKind() {
		return kind;
	}

	public void setKind(GroupKind kind) {
		this.kind = kind;
	}

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = nameFi;
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = nameSv;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getPurposeFi() {
		return purposeFi;
	}

	public void setPurposeFi(String purposeFi) {
		this.purposeFi = purposeFi;
	}

	public String getPurposeSv() {
		return purposeSv;
	}

	public void setPurposeSv(String purposeSv) {
		this.purposeSv = purposeSv;
	}

	public String getPurposeEn() {
		return purposeEn;
	}

	public void setPurposeEn(String purposeEn) {
		this.purposeEn = purposeEn;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}
}
