package fi.yhdessa.casework.web;

import fi.yhdessa.casework.access.Cases;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** A journal entry as the worker writes it, or a correction of an earlier one. */
public class JournalForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("body", "journal.new", "corrects", "journal.corrects");

	@Size(max = Cases.JOURNAL_MAX, message = "{validation.tooLongMax}")
	private String body = "";

	private UUID corrects;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = CaseForms.typed(body);
	}

	public UUID getCorrects() {
		return corrects;
	}

	public void setCorrects(UUID corrects) {
		this.corrects = corrects;
	}
}
