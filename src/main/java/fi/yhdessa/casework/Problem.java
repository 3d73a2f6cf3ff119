package fi.yhdessa.casework;

/**
 * A request casework cannot carry out as it stands, with the message key of what to tell the
 * user ({@code casework_*.properties}); answered 422 by the API and shown beside the form on pages.
 */
class Problem extends IllegalArgumentException {

	private final String messageKey;

	Problem(String messageKey) {
		super(messageKey, null);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
