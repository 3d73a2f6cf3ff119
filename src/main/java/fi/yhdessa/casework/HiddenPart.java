package fi.yhdessa.casework;

/**
 * A part of a young person's own case that they may hide from their guardians once the responsible
 * worker has recorded that the Social Welfare Client Act 812/2000 §11 allows it. Message key
 * {@code hidden.part.NAME}.
 */
public enum HiddenPart {
	/** The client plan and the answers given to it. */
	PLAN,
	/** The case's secure messages. */
	MESSAGES,
	/** The team around the young person and the hand-offs: which organisations are involved. */
	TEAM;

	public String messageKey() {
		return "hidden.part." + name();
	}
}
