package fi.yhdessa.directory.ptv;

/**
 * PTV answered with something that is not its format (a page without its items, a service without an id, text
 * where a list belongs): the import stops and writes nothing. The message key is in {@code directory_*.properties}.
 */
public class PtvRefused extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	PtvRefused(String messageKey, Object... arguments) {
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
