package fi.yhdessa.network;

/** What a unit does. Message key: {@code unit.kind.NAME}. */
public enum UnitKind {
	/** Ohjaus ja neuvonta: the family centre's guidance and counselling. */
	FAMILY_GUIDANCE,
	FAMILY_SOCIAL_WORK,
	CHILD_WELFARE,
	CHILD_HEALTH_CLINIC,
	FAMILY_COUNSELLING,
	SOCIAL_EMERGENCY,
	EARLY_CHILDHOOD_EDUCATION,
	SCHOOL,
	NGO_FAMILY_ACTIVITIES,
	PARISH_FAMILY_WORK,
	KELA_SERVICE_POINT;

	public String messageKey() {
		return "unit.kind." + name();
	}
}
