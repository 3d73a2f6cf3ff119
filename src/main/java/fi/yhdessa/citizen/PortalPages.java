package fi.yhdessa.citizen;

import fi.yhdessa.casework.FamilyPortal;
import fi.yhdessa.casework.HiddenPart;
import fi.yhdessa.casework.NewAttachment;
import fi.yhdessa.frontdoor.FrontDoor;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.LocalizedText;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family portal: my family (the responsible worker, the team, hand-offs in progress,
 * appointments and contacts), the client plan to agree to or comment goal by goal, and the secure
 * messages. Casework decides and logs every read; another family's ids are not found.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class PortalPages {

	private final FamilyPortal portal;
	private final FrontDoor frontDoor;
	private final Network network;

	PortalPages(FamilyPortal portal, FrontDoor frontDoor, Network network) {
		this.portal = portal;
		this.frontDoor = frontDoor;
		this.network = network;
	}

	@Bean
	static NavigationItem myFamilyLink() {
		return new NavigationItem("nav.myFamily", "/my", EnumSet.of(Role.RESIDENT), 95);
	}

	@Bean
	static RoleHome residentHome() {
		return new RoleHome(Role.RESIDENT, "/my", "nav.myFamily");
	}

	@GetMapping("/my")
	String family(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<FamilyPortal.Family> families = portal.familiesOf(user);
		List<FrontDoor.ResidentAppointment> appointments = frontDoor.appointmentsOf(user);
		model.addAttribute("families", families);
		model.addAttribute("identified", user.residentId() != null);
		model.addAttribute("appointments", appointments);
		model.addAttribute("contacts", frontDoor.contactsOf(user));
		List<FrontDoor.FeedbackAsked> feedback = frontDoor.feedbackAskedOf(user);
		model.addAttribute("feedback", feedback);
		model.addAttribute("hiddenParts", HiddenPart.values());
		List<UUID> organisations = new ArrayList<>();
		List<UUID> units = new ArrayList<>();
		families.forEach(f -> f.cases().forEach(c -> {
			organisations.add(c.clientCase().organisationId());
			units.add(c.clientCase().unitId());
			c.team().forEach(t -> {
				organisations.add(t.organisationId());
				units.add(t.unitId());
			});
			c.handoffs().forEach(h -> {
				organisations.add(h.toOrganisation());
				units.add(h.toUnit());
			});
		}));
		appointments.forEach(a -> units.add(a.unitId()));
		feedback.forEach(a -> units.add(a.unitId()));
		model.addAttribute("organisations", network.organisationNames(organisations));
		model.addAttribute("units", unitNames(units));
		return "citizen/family";
	}

	@GetMapping("/my/cases/{id}/plan")
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("view", portal.plan(user, id));
		return "citizen/plan";
	}

	@PostMapping("/my/cases/{id}/plan")
	String respond(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<Integer, String> comments = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.matches("comment\\d{1,2}") && !values.isEmpty()) {
				comments.put(Integer.valueOf(name.substring(7)), values.getFirst());
			}
		});
		boolean agrees = "true".equals(form.getFirst("agrees"));
		try {
			portal.respond(user, id, parse(form.getFirst("version")), agrees, comments, form.getFirst("note"));
			redirect.addFlashAttribute("outcome", agrees ? "portal.plan.agreed" : "portal.plan.commented");
			return "redirect:/my/cases/" + id + "/plan";
		}
		catch (IllegalArgumentException problem) {
			response.setStatus(422);
			model.addAttribute("problem", problem.getMessage());
			model.addAttribute("typed", form);
			return plan(user, id, model);
		}
	}

	/** The family rates its everyday life at the start or the end of a case; a missing answer is asked again on the same page. */
	@PostMapping("/my/cases/{id}/everyday")
	String rateEverydayLife(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @Valid @ModelAttribute EverydayLifeForm everydayLifeForm,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String problem = errors.hasErrors() ? "portal.everyday.required" : null;
		if (problem == null) {
			try {
				portal.rateEverydayLife(user, id, everydayLifeForm.getStage(), everydayLifeForm.getRating());
				redirect.addFlashAttribute("everydayOutcome", "portal.everyday.thanks");
				return "redirect:/my";
			}
			catch (IllegalArgumentException refused) {
				problem = refused.getMessage();
			}
		}
		response.setStatus(422);
		// An answer given already leaves no question to show the reason beside: it is said above the family.
		model.addAttribute("everyday.error.given".equals(problem) ? "everydayNotice" : "everydayProblem", problem);
		model.addAttribute("everydayCase", id);
		return family(user, model);
	}

	/** A young person of 15 or more chooses which parts of their own case their guardians do not see. */
	@PostMapping("/my/cases/{id}/hidden")
	String hide(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) List<HiddenPart> parts,
			RedirectAttributes redirect) {
		portal.hideFromGuardians(user, id, parts == null || parts.isEmpty() ? Set.of() : EnumSet.copyOf(parts));
		redirect.addFlashAttribute("hiddenSaved", true);
		return "redirect:/my";
	}

	@GetMapping("/my/cases/{id}/messages")
	String messages(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("caseId", id);
		model.addAttribute("threads", portal.threads(user, id));
		return "citizen/messages";
	}

	@PostMapping("/my/cases/{id}/messages")
	String start(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) List<MultipartFile> attachments, Model model,
			HttpServletResponse response) throws IOException {
		try {
			return "redirect:/my/threads/" + portal.startThread(user, id, subject, body, NewAttachment.of(attachments));
		}
		catch (IllegalArgumentException problem) {
			response.setStatus(422);
			model.addAttribute("problem", problem.getMessage());
			model.addAttribute("typedSubject", subject);
			model.addAttribute("typedBody", body);
			return messages(user, id, model);
		}
	}

	@GetMapping("/my/threads/{id}")
	String thread(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("view", portal.thread(user, id));
		return "citizen/thread";
	}

	@PostMapping("/my/threads/{id}")
	String reply(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String body,
			@RequestParam(required = false) List<MultipartFile> attachments, Model model, HttpServletResponse response) throws IOException {
		try {
			portal.reply(user, id, body, NewAttachment.of(attachments));
			return "redirect:/my/threads/" + id + "#reply";
		}
		catch (IllegalArgumentException problem) {
			response.setStatus(422);
			model.addAttribute("problem", problem.getMessage());
			model.addAttribute("typedBody", body);
			return thread(user, id, model);
		}
	}

	@GetMapping("/my/attachments/{id}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return portal.attachment(user, id).asDownload();
	}

	private Map<UUID, LocalizedText> unitNames(List<UUID> ids) {
		Map<UUID, LocalizedText> names = new HashMap<>();
		ids.stream().filter(Objects::nonNull).distinct().forEach(id -> network.unit(new UnitId(id)).ifPresent(unit -> names.put(id, unit.name())));
		return names;
	}

	private static int parse(String number) {
		try {
			return number == null ? 0 : Integer.parseInt(number.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
