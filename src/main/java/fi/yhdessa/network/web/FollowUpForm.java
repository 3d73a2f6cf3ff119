package fi.yhdessa.network.web;

import fi.yhdessa.network.workshops.FollowUp;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.validation.Errors;

/** The follow-up of an accepted proposal as typed: who, by when, status, and what it changed as {@code KIND:id}. */
public class FollowUpForm {

	private UUID proposal;
	private UUID responsible;
	private String dueOn;
	private String status = FollowUp.Status.PLANNED.name();
	private String changed;
	private String note;
	private int version;
	private String problem;

	FollowUp followUp(Errors errors) {
		LocalDate due = Dates.parse("dueOn", dueOn, true, errors);
		FollowUp.Status s = null;
		try {
			s = FollowUp.Status.valueOf(status);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			errors.rejectValue("status", "network.error.required");
		}
		if (responsible == null) {
			errors.rejectValue("responsible", "network.error.required");
		}
		FollowUp.LinkKind kind = null;
		UUID id = null;
		if (changed != null && !changed.isBlank()) {
			try {
				String[] parts = changed.split(":", 2);
				kind = FollowUp.LinkKind.valueOf(parts[0]);
				id = UUID.fromString(parts[1]);
			}
			catch (RuntimeException e) {
				errors.rejectValue("changed", "proposal.error.followUpLink");
			}
		}
		return errors.hasErrors() ? null : new FollowUp(responsible, due, s, kind, id, note == null || note.isBlank() ? null : note.strip());
	}

	public UUID getProposal() {
		return proposal;
	}

	public void setProposal(UUID proposal) {
		this.proposal = proposal;
	}

	public UUID getResponsible() {
		return responsible;
	}

	public void setResponsible(UUID responsible) {
		this.responsible = responsible;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getChanged() {
		return changed;
	}

	public void setChanged(String changed) {
		this.changed = changed;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getProblem() {
		return problem;
	}

	void setProblem(String problem) {
		this.problem = problem;
	}
}
