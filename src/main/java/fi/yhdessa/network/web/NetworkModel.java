package fi.yhdessa.network.web;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every network page knows of its reader: whether they keep the network and whether they read agreements. */
@ControllerAdvice(basePackageClasses = NetworkModel.class)
class NetworkModel {

	@ModelAttribute("keepsNetwork")
	boolean keepsNetwork(@AuthenticationPrincipal SignedInUser user) {
		return NetworkAccess.keepsNetwork(user);
	}

	@ModelAttribute("readsAgreements")
	boolean readsAgreements(@AuthenticationPrincipal SignedInUser user) {
		return user != null && (user.has(Role.COORDINATOR) || user.has(Role.LEADERSHIP));
	}
}
