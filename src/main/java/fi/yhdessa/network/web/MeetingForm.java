package fi.yhdessa.network.web;

import fi.yhdessa.network.groups.Groups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A meeting as recorded: decisions one per line, and up to three actions. */
public class MeetingForm {

	private String heldOn;
	private String place;
	private String agenda;
	private String minutes;
	private String decisions;
	private List<ActionRow> actions = new ArrayList<>(List.of(new ActionRow(), new ActionRow(), new ActionRow()));

	Groups.NewMeeting meeting(Errors errors) {
		LocalDate held = Dates.parse("heldOn", heldOn, true, errors);
		if (agenda == null || agenda.isBlank()) {
			errors.rejectValue("agenda", "meeting.error.agenda");
		}
		List<Groups.NewAction> written = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			ActionRow row = actions.get(i);
			if (row == null || row.description == null || row.description.isBlank()) {
				continue;
			}
			LocalDate due = Dates.parse("actions[" + i + "].dueOn", row.dueOn, true, errors);
			if (row.responsible == null) {
				errors.rejectValue("actions[" + i + "].responsible", "network.error.required");
			}
			written.add(new Groups.NewAction(row.description, row.responsible, due));
		}
		List<String> decided = decisions == null ? List.of() : decisions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		return errors.hasErrors() ? null : new Groups.NewMeeting(held, place, agenda, minutes, decided, written);
	}

	/** An action as typed. */
	public static class ActionRow {

		private String description;
		private UUID responsible;
		private String dueOn;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
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
	}

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public String getDecisions() {
		return decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public List<ActionRow> getActions() {
		return actions;
	}

	public void setActions(List<ActionRow> actions) {
		this.actions = actions == null ? new ArrayList<>() : actions;
	}
}
