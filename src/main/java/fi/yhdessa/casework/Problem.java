package fi.yhdessa.casework;

/**
 * A request casework cannot carry out as it stands, with the message key of what to tell the
 * user ({@code casework_*.properties}); answered 422 by the API and shown beside the form on pages.
 */
public class Problem extends IllegalArgumentException {

	private final String messageKey;

	public Problem(String messageKey) {
		super(messageKey, null);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
