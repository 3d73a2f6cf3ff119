package fi.yhdessa.casework.web;

import fi.yhdessa.casework.ClientCase;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Closing the case: its outcome and the reason. */
public class CloseForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("outcome", "close.outcome", "reason", "close.reason");

	private ClientCase.Outcome outcome;

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String reason = "";

	public ClientCase.Outcome getOutcome() {
		return outcome;
	}

	public void setOutcome(ClientCase.Outcome outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = CaseForms.typed(reason);
	}
}
