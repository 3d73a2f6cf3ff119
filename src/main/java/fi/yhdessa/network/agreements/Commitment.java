package fi.yhdessa.network.agreements;

import java.math.BigDecimal;
import java.util.UUID;

/** What one party commits to: premises for meeting places, staff hours, activities or funding (with its amount in euros). */
public record Commitment(UUID organisationId, Kind kind, String description, BigDecimal amount) {

	public enum Kind {
		PREMISES, STAFF_HOURS, ACTIVITY, FUNDING;

		public String messageKey() {
			return "agreement.commitment." + name();
		}
	}
}
