package fi.yhdessa.network.web;

import fi.yhdessa.network.Area;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.access.NetworkAccess;
import fi.yhdessa.network.groups.Group;
import fi.yhdessa.network.groups.GroupKind;
import fi.yhdessa.network.groups.Groups;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

/** The list of groups the reader sees, and the coordinator's forms to found a group and to set its members. */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('RESIDENT')")
class GroupKeepingPages {

	private final Groups groups;
	private final Network network;

	GroupKeepingPages(Groups groups, Network network) {
		this.groups = groups;
		this.network = network;
	}

	@GetMapping("/network/groups")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		return list(user, new GroupForm(), model);
	}

	@PostMapping("/network/groups")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String found(@AuthenticationPrincipal SignedInUser user, @ModelAttribute GroupForm groupForm, BindingResult errors, Model model,
			HttpServletResponse response) {
		LocalizedText name = groupForm.name(errors);
		LocalizedText purpose = groupForm.purpose(errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return list(user, groupForm, model);
		}
		Group group = groups.create(groupForm.getKind(), name, purpose, groupForm.areaCode(), List.of());
		return "redirect:/network/groups/" + group.id() + "#members";
	}

	/** The members as chosen: {@code role[personId]} is CHAIR, SECRETARY or MEMBER, or empty for someone who is not a member. */
	@PostMapping("/network/groups/{id}/members")
	@PreAuthorize(NetworkAccess.COORDINATOR)
	String members(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<Group.Member> members = new ArrayList<>();
		try {
			form.forEach((key, value) -> {
				if (key.startsWith("role[") && key.endsWith("]") && value != null && !value.isBlank()) {
					members.add(new Group.Member(UUID.fromString(key.substring(5, key.length() - 1)), Group.Role.valueOf(value)));
				}
			});
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problem", "group.error.members");
			return "redirect:/network/groups/" + id + "#members";
		}
		groups.setMembers(id, members);
		redirect.addFlashAttribute("outcome", "group.membersSaved");
		return "redirect:/network/groups/" + id + "#members";
	}

	private String list(SignedInUser user, GroupForm form, Model model) {
		model.addAttribute("groups", groups.visibleTo(user));
		model.addAttribute("groupForm", form);
		model.addAttribute("kinds", GroupKind.values());
		model.addAttribute("areas", network.areas().stream().map(Area::code).toList());
		model.addAttribute("areaNames", network.areas().stream().collect(Collectors.toMap(Area::code, Area::name)));
		return "network/groups";
	}
}
