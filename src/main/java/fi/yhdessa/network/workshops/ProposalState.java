package fi.yhdessa.network.workshops;

/** A proposal waits for its decision, then is accepted, rejected or merged into another. Message key {@code proposal.state.NAME}. */
public enum ProposalState {

	SUBMITTED, ACCEPTED, REJECTED, MERGED;

	public boolean decided() {
		return this != SUBMITTED;
	}

	public String messageKey() {
		return "proposal.state." + name();
	}
}
