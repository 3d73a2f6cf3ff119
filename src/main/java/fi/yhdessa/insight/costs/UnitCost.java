package fi.yhdessa.insight.costs;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one unit of a kind of service costs, with where the figure comes from.
 *
 * @param item the kind of service or of case it prices
 * @param published whether the figure is a published one (with its source and year), not the county's own estimate
 */
public record UnitCost(String item, Basis basis, BigDecimal amount, String source, Integer year, boolean published, Instant updatedAt, String updatedBy) {

	/** What the amount is for. Message key {@code insight.basis.NAME}. */
	public enum Basis {
		/** An appointment held. */
		VISIT,
		/** A contact answered. */
		CONTACT,
		/** A day a case is open (a care day of a placement). */
		DAY,
		/** A month a case is open. */
		CASE_MONTH
	}
}
