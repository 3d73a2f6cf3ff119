package fi.yhdessa.network;

/** Who runs an organisation. Message key: {@code organisation.kind.NAME}. */
public enum OrganisationKind {
	COUNTY, MUNICIPALITY, NGO, PARISH, KELA, OTHER;

	public String messageKey() {
		return "organisation.kind." + name();
	}
}
