package fi.yhdessa.frontdoor;

import java.time.LocalDate;

/** The state of a statutory or promised deadline, for the queues: overdue first, then due today, then near, then later. */
final class Clocks {

	private Clocks() {
	}

	/** {@code overdue}, {@code today}, {@code near} (within two days) or {@code later}; message key {@code clock.NAME}. */
	static String state(LocalDate due, LocalDate today) {
		if (due.isBefore(today)) {
			return "overdue";
		}
		if (due.isEqual(today)) {
			return "today";
		}
		return due.isAfter(today.plusDays(2)) ? "later" : "near";
	}
}
