package fi.yhdessa.frontdoor;

import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What a professional has sent: contacts on families' behalf, concern conversations and notifications. */
@Controller
class MinePages {

	private final Contacts contacts;
	private final Concerns concerns;
	private final Notifications notifications;

	MinePages(Contacts contacts, Concerns concerns, Notifications notifications) {
		this.contacts = contacts;
		this.concerns = concerns;
		this.notifications = notifications;
	}

	@Bean
	static NavigationItem mineLink() {
		return new NavigationItem("nav.sent", "/frontdoor/mine", EnumSet.of(Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.PARTNER_WORKER,
				Role.RESPONSIBLE_WORKER, Role.GUIDANCE_WORKER), 40);
	}

	@Bean
	static RoleHome professionalHome() {
		return new RoleHome(Role.UNIVERSAL_SERVICES_PROFESSIONAL, "/frontdoor/mine", "nav.sent");
	}

	@GetMapping("/frontdoor/mine")
	@PreAuthorize("hasAnyRole(T(fi.yhdessa.platform.Role).staffNames())")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("contacts", contacts.submittedBy(user));
		model.addAttribute("concerns", concerns.recordedBy(user));
		model.addAttribute("notifications", notifications.submittedBy(user));
		return "frontdoor/mine";
	}

	/** A contact the professional sent on a family's behalf: its status and answer. */
	@GetMapping("/frontdoor/contacts/{id}/sent")
	@PreAuthorize("hasAnyRole(T(fi.yhdessa.platform.Role).staffNames())")
	String sent(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Contact contact = contacts.open(user, id).filter(c -> user.getUsername().equals(c.submittedBy())).orElseThrow(ContactPages::notFound);
		model.addAttribute("contact", contact);
		model.addAttribute("path", "/frontdoor/mine");
		model.addAttribute("bookings", java.util.List.of());
		model.addAttribute("routedUnit", contacts.unit(contact.routedUnitId()).orElse(null));
		return "frontdoor/contact-status";
	}
}
