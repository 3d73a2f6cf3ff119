package fi.yhdessa.casework;

/**
 * Texts casework writes itself into records that people read, such as the reason of a
 * responsibility that began when the case was opened. They are stored as {@code @key} and shown
 * in the reader's language; what workers type is stored and shown as typed.
 */
public final class SystemText {

	private SystemText() {
	}

	public static String of(String messageKey) {
		return "@" + messageKey;
	}

	/** The message key of a stored system text, or {@code null} when the text was typed by a person. */
	public static String key(String stored) {
		return stored != null && stored.startsWith("@") ? stored.substring(1) : null;
	}
}
