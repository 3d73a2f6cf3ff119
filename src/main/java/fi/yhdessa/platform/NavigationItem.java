package fi.yhdessa.platform;

import java.util.Set;

/**
 * An entry of the navigation, contributed by a module as a bean: with roles, in the staff
 * navigation of those roles; without roles, in the site header for everyone.
 *
 * @param messageKey the text of the link
 * @param path where it leads
 * @param roles who sees it in the staff navigation; empty for a link of the whole site
 * @param order position, smaller first
 */
public record NavigationItem(String messageKey, String path, Set<Role> roles, int order) {

	public NavigationItem {
		roles = Set.copyOf(roles);
	}

	/** A link for everyone, signed in or not. */
	public static NavigationItem forEveryone(String messageKey, String path, int order) {
		return new NavigationItem(messageKey, path, Set.of(), order);
	}

	boolean isForEveryone() {
		return roles.isEmpty();
	}

	boolean visibleTo(SignedInUser user) {
		return user.roles().stream().anyMatch(roles::contains);
	}
}
