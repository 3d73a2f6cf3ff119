package fi.yhdessa.platform;

import java.util.Set;

/**
 * An entry of the staff navigation, contributed by a module as a bean.
 *
 * @param messageKey the text of the link
 * @param path where it leads
 * @param roles who sees it
 * @param order position, smaller first
 */
public record NavigationItem(String messageKey, String path, Set<Role> roles, int order) {

	public NavigationItem {
		roles = Set.copyOf(roles);
	}

	boolean visibleTo(SignedInUser user) {
		return user.roles().stream().anyMatch(roles::contains);
	}
}
