package fi.yhdessa.network.agreements;

/** The county–municipality cooperation agreement, or a partnership with an NGO or a parish. Message key {@code agreement.kind.NAME}. */
public enum AgreementKind {

	COUNTY_MUNICIPALITY, NGO_PARTNERSHIP, PARISH_PARTNERSHIP;

	public String messageKey() {
		return "agreement.kind." + name();
	}
}
