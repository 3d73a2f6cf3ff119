package fi.yhdessa.network.workshops;

import java.time.LocalDate;
import java.util.UUID;

/** What is done about an accepted proposal: who, by when, where it stands, and what it changed (a service, an agreement or a group's action). */
public record FollowUp(UUID responsibleId, LocalDate dueOn, Status status, LinkKind linkKind, UUID linkId, String note) {

	public enum Status {
		PLANNED, IN_PROGRESS, DONE;

		public String messageKey() {
			return "followUp.status." + name();
		}
	}

	public enum LinkKind {
		SERVICE, AGREEMENT, ACTION;

		public String messageKey() {
			return "followUp.link." + name();
		}
	}
}
