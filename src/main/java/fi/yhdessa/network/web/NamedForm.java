package fi.yhdessa.network.web;

import fi.yhdessa.platform.LocalizedText;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** What the forms of things with a name share: the name in Finnish, Swedish and English, one of them at least, as typed (trimmed). */
public abstract class NamedForm {

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameFi = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameSv = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String nameEn = "";

	/** Refuses a form without a name in any language, with the message of {@code key}. */
	void requireName(Errors errors, String key) {
		if (nameFi.isBlank() && nameSv.isBlank() && nameEn.isBlank()) {
			errors.rejectValue("nameFi", key);
		}
	}

	void setName(LocalizedText name) {
		setNameFi(name.fi());
		setNameSv(name.sv());
		setNameEn(name.en());
	}

	LocalizedText name() {
		return LocalizedText.of(nameFi, nameSv, nameEn);
	}

	static String typed(String value) {
		return value == null ? "" : value.strip();
	}

	public String getNameFi() {
		return nameFi;
	}

	public void setNameFi(String nameFi) {
		this.nameFi = typed(nameFi);
	}

	public String getNameSv() {
		return nameSv;
	}

	public void setNameSv(String nameSv) {
		this.nameSv = typed(nameSv);
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = typed(nameEn);
	}
}
