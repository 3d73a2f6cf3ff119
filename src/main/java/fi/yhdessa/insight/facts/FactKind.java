package fi.yhdessa.insight.facts;

/**
 * The kinds of fact insight keeps, and what a fact's {@code value} means for each: how it is
 * aggregated, and which statutory or promised deadline the fact opens or meets.
 */
public enum FactKind {
	/** value: 1 when the family contacted in the previous 365 days (a repeat contact); detail: origin; due: the promised first answer. */
	CONTACT_RECEIVED(Aggregation.EXACT),
	/** value: days from receipt to the first answer; on time: by the promised day; detail: outcome. */
	CONTACT_ANSWERED(Aggregation.BUCKET),
	/** detail: where to (SERVICE, BOOKING, ASSESSMENT). */
	CONTACT_ROUTED(Aggregation.NONE),
	/** value: days from booking to the appointment (waiting). */
	APPOINTMENT_BOOKED(Aggregation.BUCKET),
	APPOINTMENT_ATTENDED(Aggregation.NONE),
	APPOINTMENT_MISSED(Aggregation.NONE),
	/** detail: BY_UNIT or BY_FAMILY. */
	APPOINTMENT_CANCELLED(Aggregation.NONE),
	/** detail: zone of concern; value: 1 when the family agreed to invite another unit. */
	CONCERN_RAISED(Aggregation.EXACT),
	/** detail: reporter kind; due: the §26 decision day. */
	NOTIFICATION_RECEIVED(Aggregation.NONE),
	/** detail: urgency; value: days from receipt. */
	NOTIFICATION_URGENCY_ASSESSED(Aggregation.BUCKET),
	/** detail: decision; value: days from receipt; on time: by the 7th working day (Child Welfare Act §26). */
	NOTIFICATION_DECIDED(Aggregation.BUCKET),
	/** detail: origin; value: the case's days in its first month, from the opening day on (summed). */
	CASE_OPENED(Aggregation.SUM),
	/** detail: outcome; value: the days of its last month after the closing day (summed), taken off the case-days. */
	CASE_CLOSED(Aggregation.SUM),
	/** detail: BY_HANDOFF or DIRECT. */
	RESPONSIBLE_WORKER_CHANGED(Aggregation.NONE),
	/** detail: SPECIAL_SUPPORT or OTHER; due: the start by the 7th working day; due final: completion within 3 months (§36). */
	ASSESSMENT_INITIATED(Aggregation.NONE),
	/** value: days from initiation; on time: by the 7th working day (for special support only). */
	ASSESSMENT_STARTED(Aggregation.BUCKET),
	/** value: days from initiation; on time: within 3 months (for special support only). */
	ASSESSMENT_COMPLETED(Aggregation.BUCKET),
	/** detail: BY_FAMILY or BY_WORKER; value: days from writing to agreement. */
	PLAN_AGREED(Aggregation.BUCKET),
	/** on time: by the review day the earlier version set. */
	PLAN_REVIEWED(Aggregation.NONE),
	/** detail: FIRST or REROUTED; due: the answer day. */
	HANDOFF_PROPOSED(Aggregation.NONE),
	/** value: days from proposal to acceptance. */
	HANDOFF_ACCEPTED(Aggregation.BUCKET),
	/** value: days from proposal to the decline. */
	HANDOFF_DECLINED(Aggregation.BUCKET),
	HANDOFF_EXPIRED(Aggregation.NONE),
	/** value: hand-offs of the case that returned before this one landed (the bounce figure); base: days from proposal to the first meeting. */
	HANDOFF_COMPLETED(Aggregation.EXACT),
	/** detail: CONSENT or DENIAL. */
	CONSENT_GIVEN(Aggregation.NONE),
	/** detail: CONSENT or DENIAL. */
	CONSENT_WITHDRAWN(Aggregation.NONE),
	/** detail: the answer to "did you get help" (YES, PARTLY, NO). */
	FEEDBACK_GIVEN(Aggregation.NONE),
	/** detail: AGREEMENT or REVIEW; value: the GAS score −2…+2; base: at a review, the score at agreement. */
	GOAL_ATTAINMENT_RATED(Aggregation.EXACT),
	/** detail: START or END; value: the family's rating 0…10. */
	EVERYDAY_LIFE_RATED(Aggregation.EXACT);

	/** How a kind's value enters the figures. */
	public enum Aggregation {
		/** The value is not aggregated. */
		NONE,
		/** Summed; the figures keep the sum, not each value. */
		SUM,
		/** Kept as it is: a small set of values (a score, a flag, a count). */
		EXACT,
		/** A duration in days, kept in ranges ({@link DayRanges}) and summed. */
		BUCKET
	}

	private final Aggregation aggregation;

	FactKind(Aggregation aggregation) {
		this.aggregation = aggregation;
	}

	public Aggregation aggregation() {
		return aggregation;
	}

	/** The value as the figures keep it: exact, its day range, or none (the sum keeps it). */
	public Integer keyed(Integer value) {
		if (value == null) {
			return null;
		}
		return switch (aggregation) {
			case EXACT -> value;
			case BUCKET -> DayRanges.of(value);
			default -> null;
		};
	}
}
