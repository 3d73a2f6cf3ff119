package fi.yhdessa.platform;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind the current request; take it with {@code @AuthenticationPrincipal SignedInUser user}. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId id;
	private final String username;
	private String passwordHash;
	private final String displayName;
	private final Set<Role> roles;
	private final UUID organisationId;
	private final UUID unitId;
	private final UUID residentId;
	private final boolean enabled;

	SignedInUser(AccountId id, String username, String passwordHash, String displayName, Set<Role> roles, UUID organisationId,
			UUID unitId, UUID residentId, boolean enabled) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.residentId = residentId;
		this.enabled = enabled;
	}

	public AccountId id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}

	/** The first of the user's roles in the order of {@link Role}: the one the work is done in, as the access log names it. */
	public String workingRole() {
		return java.util.Arrays.stream(Role.values()).filter(roles::contains).findFirst().map(Role::name).orElse("NONE");
	}

	/** The organisation a professional works for; {@code null} for residents. */
	public UUID organisationId() {
		return organisationId;
	}

	public UUID unitId() {
		return unitId;
	}

	/** The resident a resident account belongs to; {@code null} for staff. */
	public UUID residentId() {
		return residentId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "SignedInUser[" + username + ", " + List.copyOf(roles) + "]";
	}
}
