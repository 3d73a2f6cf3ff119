package fi.yhdessa.platform;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An account to register.
 *
 * @param id a fixed id (the demo region keeps its ids stable), or {@code null} for a new one
 * @param organisationId where a professional works, or {@code null}
 * @param unitId the unit a professional works in, or {@code null}
 * @param residentId the resident a resident account belongs to, or {@code null}
 */
public record NewAccount(UUID id, String username, String password, String displayName, String email, Set<Role> roles,
		UUID organisationId, UUID unitId, UUID residentId, String preferredLanguage) {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	public NewAccount {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(displayName, "displayName");
		username = username.strip().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores: " + username);
		}
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		roles = Set.copyOf(roles);
		preferredLanguage = preferredLanguage == null ? "fi" : preferredLanguage;
	}

	public static NewAccount staff(String username, String password, String displayName, Set<Role> roles, UUID organisationId, UUID unitId) {
		return new NewAccount(null, username, password, displayName, null, roles, organisationId, unitId, null, "fi");
	}

	public NewAccount withId(UUID fixedId) {
		return new NewAccount(fixedId, username, password, displayName, email, roles, organisationId, unitId, residentId, preferredLanguage);
	}

	public NewAccount withEmail(String address) {
		return new NewAccount(id, username, password, displayName, address, roles, organisationId, unitId, residentId, preferredLanguage);
	}
}
