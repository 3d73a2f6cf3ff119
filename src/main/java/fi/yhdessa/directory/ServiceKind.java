package fi.yhdessa.directory;

/** A service, or an activity: an open meeting place of the family centre model with recurring sessions. */
public enum ServiceKind {
	SERVICE, ACTIVITY;

	public String messageKey() {
		return "service.kind." + name();
	}
}
