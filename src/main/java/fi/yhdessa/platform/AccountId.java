package fi.yhdessa.platform;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an account; kept in the signed-in session, which lives in PostgreSQL. */
public record AccountId(UUID value) implements Serializable {

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}
}
