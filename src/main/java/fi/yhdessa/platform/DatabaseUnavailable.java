package fi.yhdessa.platform;

/** The database cannot be used; the message says in one sentence what the operator should do. */
public class DatabaseUnavailable extends RuntimeException {

	public DatabaseUnavailable(String message) {
		super(message);
	}

	public DatabaseUnavailable(String message, Throwable cause) {
		super(message, cause);
	}
}
