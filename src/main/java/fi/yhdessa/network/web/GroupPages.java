package fi.yhdessa.network.web;

import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.groups.Action;
import fi.yhdessa.network.groups.Group;
import fi.yhdessa.network.groups.Groups;
import fi.yhdessa.network.organisations.OwnDetails;
import fi.yhdessa.network.people.Person;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's home with the reader's own actions, the groups they see, and a group's meetings, decisions and actions. */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('RESIDENT')")
class GroupPages {

	private final Groups groups;
	private final NetworkNames names;
	private final OwnDetails ownDetails;
	private final Clock clock;

	GroupPages(Groups groups, NetworkNames names, OwnDetails ownDetails, Clock clock) {
		this.groups = groups;
		this.ownDetails = ownDetails;
		this.names = names;
		this.clock = clock;
	}

	@Bean
	static NavigationItem networkLink() {
		return new NavigationItem("nav.network", "/network", Role.staff(), 99);
	}

	@Bean
	static RoleHome coordinatorHome() {
		return new RoleHome(Role.COORDINATOR, "/network", "nav.network");
	}

	@GetMapping("/network")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("actions", groups.openActionsOf(user.id().value()));
		model.addAttribute("groups", groups.visibleTo(user));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("ownOrganisation", ownDetails.keptBy(user).orElse(null));
		return "network/home";
	}

	@GetMapping("/network/groups/{id}")
	String group(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(id, user, new MeetingForm(), model);
	}

	@PostMapping("/network/groups/{id}/meetings")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String record(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, @ModelAttribute MeetingForm meetingForm, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Groups.NewMeeting meeting = meetingForm.meeting(errors);
		if (meeting != null) {
			try {
				groups.recordMeeting(id, meeting);
				redirect.addFlashAttribute("outcome", "meeting.recorded");
				return "redirect:/network/groups/" + id;
			}
			catch (Refusal refusal) {
				errors.reject(refusal.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(id, user, meetingForm, model);
	}

	@PostMapping("/network/actions/{id}")
	String status(@PathVariable UUID id, @RequestParam Action.Status status, @RequestParam int version, @RequestParam(defaultValue = "/network") String back,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			groups.setStatus(user, id, version, status);
			redirect.addFlashAttribute("outcome", "action.saved");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.messageKey());
		}
		return "redirect:" + (back.startsWith("/network") || back.equals("/casework") ? back : "/network");
	}

	private String page(UUID id, SignedInUser user, MeetingForm form, Model model) {
		Group group = groups.visible(user, id);
		Map<UUID, Person> people = names.peopleById();
		model.addAttribute("group", group);
		model.addAttribute("meetings", groups.meetings(user, id));
		model.addAttribute("people", people);
		model.addAttribute("members", group.members().stream().map(m -> people.get(m.personId())).toList());
		model.addAttribute("meetingForm", form);
		model.addAttribute("allPeople", people.values());
		model.addAttribute("roles", Group.Role.values());
		model.addAttribute("roleOf", group.members().stream().collect(Collectors.toMap(Group.Member::personId, Group.Member::role)));
		model.addAttribute("today", LocalDate.now(clock));
		return "network/group";
	}
}
