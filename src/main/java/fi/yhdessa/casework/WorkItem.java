package fi.yhdessa.casework;

import java.time.LocalDate;
import java.util.UUID;

/** Something due on a case: what, by when and how that stands today. Shows the case's reference, never the family. */
public record WorkItem(Kind kind, UUID caseId, String caseReference, LocalDate due, DueState state, UUID itemId, UUID worker, String workerName) {

	/** Message key {@code work.kind.NAME}. */
	public enum Kind {
		ASSESSMENT_START, ASSESSMENT_COMPLETION, PLAN_REVIEW, HANDOFF_TO_ANSWER, HANDOFF_AWAITING_ANSWER, HANDOFF_RETURNED, BREAK_GLASS_REVIEW;

		public String messageKey() {
			return "work.kind." + name();
		}
	}
}
