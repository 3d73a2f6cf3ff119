package fi.yhdessa.casework;

/** The hand-off was answered already, by someone else or before: only the first answer counts (409). */
public class AlreadyAnswered extends RuntimeException {

	public AlreadyAnswered() {
		super("The hand-off was answered already", null, false, false);
	}
}
