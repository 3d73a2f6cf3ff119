package fi.yhdessa.directory;

/** How a person gets to a service. Message key: {@code channel.kind.NAME}. */
public enum ChannelKind {
	VISIT, PHONE, WEB, E_SERVICE, CHAT, REMOTE, OUTREACH;

	public String messageKey() {
		return "channel.kind." + name();
	}
}
