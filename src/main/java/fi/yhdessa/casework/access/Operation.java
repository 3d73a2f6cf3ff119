package fi.yhdessa.casework.access;

/** What a user does to a case; each is logged under its record kind with the case's id. */
public enum Operation {
	READ("casework.case", false),
	WRITE_JOURNAL("casework.journal", true),
	REASSIGN("casework.responsibility", true),
	MANAGE_TEAM("casework.team", true),
	ASSESS("casework.assessment", true),
	PLAN("casework.plan", true),
	HANDOFF("casework.handoff", true),
	RECORD_CONSENT("casework.consent", true),
	CLOSE("casework.case", true),
	READ_ACCESS_LOG("casework.access-log", false),
	/** Seeing a family member's whole identity code, which the case page shows masked until asked. */
	REVEAL_IDENTITY_CODE("casework.identity-code", false),
	/** Writing in the case's secure messages, by the family or a worker. */
	MESSAGE("casework.message", true),
	/** The family reading its own case in the portal: what the family is shown, not the worker's whole case. */
	FAMILY_VIEW("casework.case", false, true),
	/** The family agreeing to or commenting on a version of its plan. */
	RESPOND_TO_PLAN("casework.plan", true, true),
	/** A young person hiding parts of their own case from their guardians (812/2000 §11). */
	HIDE_FROM_GUARDIANS("casework.restriction", true, true);

	private final String recordKind;
	private final boolean writes;
	private final boolean family;

	Operation(String recordKind, boolean writes) {
		this(recordKind, writes, false);
	}

	Operation(String recordKind, boolean writes, boolean family) {
		this.recordKind = recordKind;
		this.writes = writes;
		this.family = family;
	}

	/** Everything a professional may be allowed to do: every operation but the family's own. */
	public static java.util.Set<Operation> professional() {
		java.util.EnumSet<Operation> operations = java.util.EnumSet.allOf(Operation.class);
		operations.removeIf(operation -> operation.family);
		return operations;
	}

	public String recordKind() {
		return recordKind;
	}

	public boolean writes() {
		return writes;
	}
}
