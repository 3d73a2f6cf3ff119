package fi.yhdessa.casework.web;

import jakarta.validation.constraints.Size;
import java.util.Map;

/** Starting a service-need assessment: when it was initiated, whether the child needs special support, who takes part. */
public class AssessmentForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("initiatedOn", "assessment.initiatedOn", "specialSupport", "assessment.specialSupport.check", "participants", "assessment.participants.lines");

	private String initiatedOn = "";

	private boolean specialSupport;

	@Size(max = CaseForms.LONG, message = "{validation.tooLongMax}")
	private String participants = "";

	/** The worker's confirmation that the assessment starts with no participants named yet. */
	private boolean confirmEmpty;

	/** Nothing but the date is filled in: starting is confirmed first, so that an empty assessment is not started by a slip. */
	boolean needsConfirmation() {
		return participants.isBlank() && !specialSupport && !confirmEmpty;
	}

	public boolean isConfirmEmpty() {
		return confirmEmpty;
	}

	public void setConfirmEmpty(boolean confirmEmpty) {
		this.confirmEmpty = confirmEmpty;
	}

	public String getInitiatedOn() {
		return initiatedOn;
	}

	public void setInitiatedOn(String initiatedOn) {
		this.initiatedOn = CaseForms.typed(initiatedOn);
	}

	public boolean isSpecialSupport() {
		return specialSupport;
	}

	public void setSpecialSupport(boolean specialSupport) {
		this.specialSupport = specialSupport;
	}

	public String getParticipants() {
		return participants;
	}

	public void setParticipants(String participants) {
		this.participants = CaseForms.typed(participants);
	}
}
