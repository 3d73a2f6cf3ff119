package fi.yhdessa.platform;

import java.util.UUID;

/** Identifies an account. */
public record AccountId(UUID value) {

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}
}
