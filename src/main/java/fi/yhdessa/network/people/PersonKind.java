package fi.yhdessa.network.people;

/** What brings a person to the network. Message key {@code person.kind.NAME}. */
public enum PersonKind {

	PROFESSIONAL, ELECTED_OFFICIAL, NGO_REPRESENTATIVE, EXPERT_BY_EXPERIENCE;

	public String messageKey() {
		return "person.kind." + name();
	}
}
