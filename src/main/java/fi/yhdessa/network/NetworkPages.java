package fi.yhdessa.network;

import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's view of the regional network. */
@Controller
class NetworkPages {

	private final Network network;

	NetworkPages(Network network) {
		this.network = network;
	}

	@Bean
	static NavigationItem organisationsLink() {
		return new NavigationItem("nav.organisations", "/network/organisations", Role.staff(), 100);
	}

	@GetMapping("/network/organisations")
	String organisations(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, Model model) {
		OrganisationKind selected = Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		Set<OrganisationKind> kinds = selected == null ? Set.of() : EnumSet.of(selected);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("selectedKind", selected);
		model.addAttribute("organisations", network.organisations(kinds, PageRequest.of(page)));
		model.addAttribute("counts", network.organisationCounts());
		model.addAttribute("keeps", user.has(Role.ADMINISTRATOR) || user.has(Role.COORDINATOR));
		return "network/organisations";
	}
}
