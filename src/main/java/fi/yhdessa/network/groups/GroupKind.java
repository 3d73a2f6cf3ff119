package fi.yhdessa.network.groups;

/** The county's steering group, an area group, the regional network of family-centre contact persons, the youth wellbeing group, or another. */
public enum GroupKind {

	STEERING, AREA, CONTACT_PERSONS, YOUTH_WELLBEING, OTHER;

	public String messageKey() {
		return "group.kind." + name();
	}
}
