package fi.yhdessa.directory;

/** Age groups of the search filter; a service matches when its age range overlaps the group's. */
public enum AgeGroup {
	BABIES(0, 1), SMALL_CHILDREN(1, 6), SCHOOL_CHILDREN(7, 12), TEENAGERS(13, 17), YOUNG_ADULTS(18, 29), ADULTS(18, 120);

	private final int from;
	private final int to;

	AgeGroup(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public int from() {
		return from;
	}

	public int to() {
		return to;
	}

	public String messageKey() {
		return "ageGroup." + name();
	}
}
