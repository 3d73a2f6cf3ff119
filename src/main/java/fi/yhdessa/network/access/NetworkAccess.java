package fi.yhdessa.network.access;

import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;

/**
 * Who may do what in the network: the coordinator keeps it; leadership reads the agreements;
 * group members see their own groups (checked where the groups are read). Everything else is refused.
 */
public final class NetworkAccess {

	/** Method-security expression for what only the coordinator changes. */
	public static final String COORDINATOR = "hasRole('COORDINATOR')";

	/** Method-security expression for reading agreements and their overview. */
	public static final String AGREEMENT_READERS = "hasAnyRole('COORDINATOR', 'LEADERSHIP')";

	private NetworkAccess() {
	}

	public static boolean keepsNetwork(SignedInUser user) {
		return user != null && user.has(Role.COORDINATOR);
	}
}
