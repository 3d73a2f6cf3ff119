package fi.yhdessa.insight.plan;

/** A change to the plan that cannot be made, with the message key that says why in the reader's language. */
public class PlanRefused extends RuntimeException {

	private final String messageKey;

	public PlanRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
