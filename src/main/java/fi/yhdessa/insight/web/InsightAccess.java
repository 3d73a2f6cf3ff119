package fi.yhdessa.insight.web;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who sees insight's figures, and how much of them. Deny by default: only leadership, coordinators and supervisors. */
@Component
class InsightAccess {

	static final String ROLES = "hasAnyRole('LEADERSHIP', 'COORDINATOR', 'SUPERVISOR')";

	private final Network network;

	InsightAccess(Network network) {
		this.network = network;
	}

	Scope scope(SignedInUser user) {
		if (user.has(Role.LEADERSHIP)) {
			return Scope.EVERYTHING;
		}
		if (user.has(Role.COORDINATOR)) {
			String area = user.unitId() == null ? null : network.unit(new UnitId(user.unitId()))
				.flatMap(unit -> network.areas().stream().filter(a -> a.municipalities().contains(unit.municipalityCode())).findFirst())
				.map(a -> a.code())
				.orElse(null);
			if (area != null) {
				return new Scope(area, null, false);
			}
		}
		if (user.has(Role.SUPERVISOR) && user.unitId() != null) {
			return new Scope(null, user.unitId(), false);
		}
		throw new AccessDeniedException("No figures for this role");
	}

	/** Only the analyst keeps unit costs, the classification and scenarios. */
	void requireAnalyst(SignedInUser user) {
		if (!scope(user).edits()) {
			throw new AccessDeniedException("Only leadership keeps the unit costs, the classification and the scenarios");
		}
	}
}
