package fi.yhdessa.insight.indicators;

/** An import that cannot be carried out, with the message key ({@code insight_*.properties}) and its arguments; nothing of it was written. */
public class ImportRefused extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	ImportRefused(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
