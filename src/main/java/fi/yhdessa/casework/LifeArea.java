package fi.yhdessa.casework;

/** The areas of life a service-needs assessment looks at. Message key {@code life-area.NAME}. */
public enum LifeArea {
	DAILY_LIFE, HEALTH, RELATIONSHIPS, PARENTING, CHILD_DEVELOPMENT, SCHOOL_AND_DAYCARE, INCOME_AND_HOUSING, SAFETY;

	public String messageKey() {
		return "life-area." + name();
	}
}
