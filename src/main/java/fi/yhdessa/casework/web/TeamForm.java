package fi.yhdessa.casework.web;

import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** A professional joining the team around the family, by the family's consent or on a legal basis. */
public class TeamForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("worker", "team.worker", "teamRole", "team.role", "legalBasis", "team.legalBasis");

	private UUID worker;

	@Size(max = CaseForms.NAME, message = "{validation.tooLongMax}")
	private String teamRole = "";

	@Size(max = CaseForms.SHORT, message = "{validation.tooLongMax}")
	private String legalBasis = "";

	public UUID getWorker() {
		return worker;
	}

	public void setWorker(UUID worker) {
		this.worker = worker;
	}

	public String getTeamRole() {
		return teamRole;
	}

	public void setTeamRole(String teamRole) {
		this.teamRole = CaseForms.typed(teamRole);
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = CaseForms.typed(legalBasis);
	}
}
