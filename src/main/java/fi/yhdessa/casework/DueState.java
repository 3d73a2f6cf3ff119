package fi.yhdessa.casework;

import java.time.LocalDate;

/** How a deadline stands today. Message key {@code due.NAME}. */
public enum DueState {
	OVERDUE, TODAY, NEAR, LATER;

	/** Near is within the next three days. */
	public static DueState of(LocalDate due, LocalDate today) {
		if (due.isBefore(today)) {
			return OVERDUE;
		}
		if (due.isEqual(today)) {
			return TODAY;
		}
		return due.isAfter(today.plusDays(3)) ? LATER : NEAR;
	}

	public String messageKey() {
		return "due." + name();
	}
}
