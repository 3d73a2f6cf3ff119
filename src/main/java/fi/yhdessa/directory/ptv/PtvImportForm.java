package fi.yhdessa.directory.ptv;

/** Starting an import from the page: only what was modified since the last import, or everything. */
public class PtvImportForm {

	private boolean full;

	public boolean isFull() {
		return full;
	}

	public void setFull(boolean full) {
		this.full = full;
	}
}
