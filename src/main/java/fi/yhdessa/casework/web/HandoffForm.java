package fi.yhdessa.casework.web;

import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** A proposed hand-off: to a unit of the county or a partner organisation, with the context the receiver needs. */
public class HandoffForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("receiver", "handoffs.receiver", "context", "handoffs.context", "legalBasis", "handoffs.legalBasis", "transfer", "handoffs.transfer", "replaces", "handoffs.replaces");

	private String receiver = "";

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String context = "";

	@Size(max = CaseForms.SHORT, message = "{validation.tooLongMax}")
	private String legalBasis = "";

	private boolean transfer;

	private UUID replaces;

	public String getReceiver() {
		return receiver;
	}

	public void setReceiver(String receiver) {
		this.receiver = CaseForms.typed(receiver);
	}

	public String getContext() {
		return context;
	}

	public void setContext(String context) {
		this.context = CaseForms.typed(context);
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = CaseForms.typed(legalBasis);
	}

	public boolean isTransfer() {
		return transfer;
	}

	public void setTransfer(boolean transfer) {
		this.transfer = transfer;
	}

	public UUID getReplaces() {
		return replaces;
	}

	public void setReplaces(UUID replaces) {
		this.replaces = replaces;
	}
}
