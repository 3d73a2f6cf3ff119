package fi.yhdessa.network.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A meeting of a group: its date, agenda, minutes, decisions and the actions agreed. */
public record Meeting(UUID id, UUID groupId, LocalDate heldOn, String place, String agenda, String minutes, List<String> decisions, List<Action> actions) {

	public Meeting {
		decisions = List.copyOf(decisions);
		actions = List.copyOf(actions);
	}
}
