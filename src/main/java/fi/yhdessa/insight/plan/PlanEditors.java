package fi.yhdessa.insight.plan;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.SignedInUser;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change the plan: the members of the network's steering group keep the whole plan; the
 * members of the group that owns a priority keep its measures. Everyone else reads.
 */
@Component
public class PlanEditors {

	private final Network network;

	PlanEditors(Network network) {
		this.network = network;
	}

	public boolean keepsPlans(SignedInUser user) {
		if (user == null || !user.isStaff()) {
			return false;
		}
		Set<UUID> mine = network.groupsOf(user.id().value());
		return network.groups().stream().anyMatch(g -> g.steering() && mine.contains(g.id()));
	}

	public boolean keepsMeasuresOf(SignedInUser user, Priority priority) {
		return keepsPlans(user) || (user != null && user.isStaff() && priority.ownerGroup() != null
				&& network.groupsOf(user.id().value()).contains(priority.ownerGroup()));
	}

	void requirePlans(SignedInUser user) {
		if (!keepsPlans(user)) {
			throw new AccessDeniedException("Only the steering group keeps the welfare plan");
		}
	}

	void requireMeasures(SignedInUser user, Priority priority) {
		if (!keepsMeasuresOf(user, priority)) {
			throw new AccessDeniedException("Only the steering group and the priority's own group keep its measures");
		}
	}
}
