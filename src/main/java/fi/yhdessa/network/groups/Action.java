package fi.yhdessa.network.groups;

import fi.yhdessa.network.access.Refusal;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed in a meeting: what, who is responsible, by when, and where it stands. */
public record Action(UUID id, UUID meetingId, UUID groupId, String description, UUID responsibleId, LocalDate dueOn, Status status, LocalDate doneOn,
		int version) {

	public enum Status {
		OPEN, DONE, CANCELLED;

		public String messageKey() {
			return "action.status." + name();
		}
	}

	/** Marks it done, cancelled, or open again (a done one reopened); anything else is refused. */
	public Action moveTo(Status target, LocalDate today) {
		boolean allowed = switch (status) {
			case OPEN -> target == Status.DONE || target == Status.CANCELLED;
			case DONE -> target == Status.OPEN;
			case CANCELLED -> false;
		};
		if (!allowed) {
			throw new Refusal("action.error.transition");
		}
		return new Action(id, meetingId, groupId, description, responsibleId, dueOn, target, target == Status.DONE ? today : null, version);
	}

	public boolean overdue(LocalDate today) {
		return status == Status.OPEN && dueOn.isBefore(today);
	}
}
