package fi.yhdessa.platform;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each role's home, from the modules' {@link RoleHome} beans. A person with several roles goes to
 * the home of the first of them in the order of {@link Role}, the role the work is done in.
 */
@Component
public class RoleHomes {

	private final Map<Role, RoleHome> homes = new EnumMap<>(Role.class);

	RoleHomes(List<RoleHome> homes) {
		homes.forEach(home -> {
			if (this.homes.putIfAbsent(home.role(), home) != null) {
				throw new IllegalStateException("Two homes for " + home.role());
			}
		});
	}

	/** The home of the signed-in person's working role; none for a role without one. */
	public Optional<RoleHome> of(SignedInUser user) {
		for (Role role : Role.values()) {
			if (user.has(role) && homes.containsKey(role)) {
				return Optional.of(homes.get(role));
			}
		}
		return Optional.empty();
	}
}
