package fi.yhdessa.casework;

/** What a user does to a case; each is logged under its record kind with the case's id. */
enum Operation {
	READ("casework.case", false),
	WRITE_JOURNAL("casework.journal", true),
	REASSIGN("casework.responsibility", true),
	MANAGE_TEAM("casework.team", true),
	ASSESS("casework.assessment", true),
	PLAN("casework.plan", true),
	HANDOFF("casework.handoff", true),
	RECORD_CONSENT("casework.consent", true),
	CLOSE("casework.case", true),
	READ_ACCESS_LOG("casework.access-log", false);

	private final String recordKind;
	private final boolean writes;

	Operation(String recordKind, boolean writes) {
		this.recordKind = recordKind;
		this.writes = writes;
	}

	String recordKind() {
		return recordKind;
	}

	boolean writes() {
		return writes;
	}
}
