package fi.yhdessa.network.web;

import java.util.UUID;

/** The decision on one proposal as typed, with the version it was made on; kept and shown again when the save is refused. */
public class DecisionForm {

	private UUID proposal;
	private String decision;
	private String reason;
	private UUID mergedInto;
	private int version;
	private String problem;

	public UUID getProposal() {
		return proposal;
	}

	public void setProposal(UUID proposal) {
		this.proposal = proposal;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public UUID getMergedInto() {
		return mergedInto;
	}

	public void setMergedInto(UUID mergedInto) {
		this.mergedInto = mergedInto;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	/** The message key of why the save was refused. */
	public String getProblem() {
		return problem;
	}

	void setProblem(String problem) {
		this.problem = problem;
	}
}
