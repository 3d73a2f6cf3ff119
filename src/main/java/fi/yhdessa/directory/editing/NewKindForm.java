package fi.yhdessa.directory.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A kind of service (a topic of the directory) the editors add, named in three languages. */
public class NewKindForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = NewNeedForm.LONGEST_LABEL, message = "{validation.tooLongMax}")
	private String nameFi = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = NewNeedForm.LONGEST_LABEL, message = "{validation.tooLongMax}")
	private String nameSv = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = NewNeedForm.LONGEST_LABEL, message = "{validation.tooLongMax}")
	private String nameEn = "";

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = nameFi == null ? "" : nameFi.strip();
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = nameSv == null ? "" : nameSv.strip();
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn == null ? "" : nameEn.strip();
	}
}
