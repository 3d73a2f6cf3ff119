package fi.yhdessa.casework.web;

import fi.yhdessa.casework.access.GuardianRestrictions;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The worker's record of the grounds on which the young person may forbid disclosure to guardians. */
public class RestrictionForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("grounds", "restriction.grounds");

	@Size(max = GuardianRestrictions.GROUNDS_MAX, message = "{validation.tooLongMax}")
	private String grounds = "";

	public String getGrounds() {
		return grounds;
	}

	public void setGrounds(String grounds) {
		this.grounds = CaseForms.typed(grounds);
	}
}
