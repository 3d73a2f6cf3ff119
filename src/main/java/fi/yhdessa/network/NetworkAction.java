package fi.yhdessa.network;

import fi.yhdessa.platform.LocalizedText;
import java.time.LocalDate;
import java.util.UUID;

/** An open action of the network for its responsible person's worklist: what, in which group, by when; {@code version} for marking it done. */
public record NetworkAction(UUID id, String description, LocalizedText group, LocalDate dueOn, int version) {

	public boolean overdue(LocalDate today) {
		return dueOn.isBefore(today);
	}
}
