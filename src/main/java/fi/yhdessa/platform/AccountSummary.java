package fi.yhdessa.platform;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What an administrator sees of an account; never the password hash. */
public record AccountSummary(AccountId id, String username, String displayName, Set<Role> roles, UUID organisationId,
		UUID unitId, String email, boolean enabled, Instant createdAt) {
}
