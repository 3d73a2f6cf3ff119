package fi.yhdessa.citizen;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.RoleHomes;
import fi.yhdessa.platform.SignedInUser;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The residents' front page: what Yhdessä is and where to start; a signed-in person is offered the way to their own work. */
@Controller
class FrontPage {

	private final Network network;
	private final RoleHomes homes;

	FrontPage(Network network, RoleHomes homes) {
		this.network = network;
		this.homes = homes;
	}

	@GetMapping("/")
	String front(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String signedOut, Model model) {
		model.addAttribute("home", user == null ? null : homes.of(user).orElse(null));
		Map<OrganisationKind, Long> counts = network.organisationCounts();
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("guidance", network.units(UnitKind.FAMILY_GUIDANCE).stream().findFirst().orElse(null));
		model.addAttribute("emergency", network.units(UnitKind.SOCIAL_EMERGENCY).stream().findFirst().orElse(null));
		model.addAttribute("municipalities", network.municipalities().size());
		model.addAttribute("ngos", counts.getOrDefault(OrganisationKind.NGO, 0L));
		model.addAttribute("parishes", counts.getOrDefault(OrganisationKind.PARISH, 0L));
		return "citizen/front";
	}
}
