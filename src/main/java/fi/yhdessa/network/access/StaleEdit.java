package fi.yhdessa.network.access;

/** Someone else saved the record after it was opened: the save is refused and what was typed is kept. Answered 409. */
public class StaleEdit extends Refusal {

	public StaleEdit() {
		super("network.error.stale");
	}
}
