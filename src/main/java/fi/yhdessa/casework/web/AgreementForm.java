package fi.yhdessa.casework.web;

import jakarta.validation.constraints.Size;
import java.util.Map;

/** The family's agreement to a version of the plan, as the worker records it. */
public class AgreementForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("version", "plan.heading", "note", "plan.agreementNote");

	private Integer version;

	@Size(max = CaseForms.SHORT, message = "{validation.tooLongMax}")
	private String note = "";

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = CaseForms.typed(note);
	}
}
