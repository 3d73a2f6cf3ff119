package fi.yhdessa.platform;

/**
 * Where a role's work is, contributed by the module that holds it as a bean: the page a person in
 * that role lands on after signing in, and the link the front page offers them.
 *
 * @param role whose home it is
 * @param path the page
 * @param messageKey the text of the link to it
 */
public record RoleHome(Role role, String path, String messageKey) {
}
