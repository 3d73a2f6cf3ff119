package fi.yhdessa.network.access;

/**
 * A change the network cannot make as asked, with the message key ({@code network_*.properties})
 * of what to tell the user: shown beside the form on pages, answered 422 by the API.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	public Refusal(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
