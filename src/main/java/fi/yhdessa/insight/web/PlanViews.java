package fi.yhdessa.insight.web;

import fi.yhdessa.insight.plan.Priority;
import fi.yhdessa.insight.plan.WelfarePlan;
import fi.yhdessa.insight.plan.WelfarePlans;
import fi.yhdessa.network.Network;
import fi.yhdessa.platform.SignedInUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the plan's pages share: who may open them, the plan and priority asked for, and the choices of area and group by name. */
@Component
class PlanViews {

	private final WelfarePlans plans;
	private final Network network;

	PlanViews(WelfarePlans plans, Network network) {
		this.plans = plans;
		this.network = network;
	}

	WelfarePlan kept(SignedInUser user, UUID id) {
		staff(user);
		if (!plans.keepsPlans(user)) {
			throw new AccessDeniedException("Only the steering group keeps the welfare plan");
		}
		return plans.visible(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static Priority priorityOf(WelfarePlan plan, UUID id) {
		return plan.priorities().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static void staff(SignedInUser user) {
		if (user == null || !user.isStaff()) {
			throw new AccessDeniedException("The network's plan pages are for staff; residents read the public plan");
		}
	}

	Map<String, String> areas(Locale locale) {
		Map<String, String> areas = new LinkedHashMap<>();
		network.areas().forEach(a -> areas.put(a.code(), a.name().in(locale)));
		return areas;
	}

	Map<UUID, String> groups(Locale locale) {
		Map<UUID, String> groups = new LinkedHashMap<>();
		network.groups().forEach(g -> groups.put(g.id(), g.name().in(locale)));
		return groups;
	}
}
