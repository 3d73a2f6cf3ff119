package fi.yhdessa.casework;

/** The hand-off was answered already, by someone else or before: only the first answer counts (409). */
class AlreadyAnswered extends RuntimeException {

	AlreadyAnswered() {
		super("The hand-off was answered already", null, false, false);
	}
}
