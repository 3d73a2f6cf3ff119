package fi.yhdessa.casework.web;

import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** Handing the responsibility for the case to another worker. */
public class ResponsibleForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("worker", "responsible.new", "reason", "responsible.reason");

	private UUID worker;

	@Size(max = CaseForms.SHORT, message = "{validation.tooLongMax}")
	private String reason = "";

	public UUID getWorker() {
		return worker;
	}

	public void setWorker(UUID worker) {
		this.worker = worker;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = CaseForms.typed(reason);
	}
}
