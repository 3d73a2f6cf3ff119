package fi.yhdessa.frontdoor;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.SearchRequest;
import fi.yhdessa.directory.ServiceDetails;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.Unit;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.network.UnitKind;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guidance queue: triage, answer and routing of contacts, with their clocks, overdue first. */
@Controller
@RequestMapping("/frontdoor/contacts")
@PreAuthorize("hasAnyRole('GUIDANCE_WORKER', 'COORDINATOR')")
class GuidancePages {

	/** The units a contact can be routed to for an appointment. */
	static final EnumSet<UnitKind> APPOINTMENT_UNITS = EnumSet.of(UnitKind.FAMILY_GUIDANCE, UnitKind.FAMILY_COUNSELLING, UnitKind.FAMILY_SOCIAL_WORK,
			UnitKind.CHILD_HEALTH_CLINIC);

	private final Contacts contacts;
	private final Directory directory;
	private final Network network;
	private final Clock clock;

	GuidancePages(Contacts contacts, Directory directory, Network network, Clock clock) {
		this.contacts = contacts;
		this.directory = directory;
		this.network = network;
		this.clock = clock;
	}

	@Bean
	static NavigationItem guidanceQueueLink() {
		return new NavigationItem("nav.guidanceQueue", "/frontdoor/contacts", EnumSet.of(Role.GUIDANCE_WORKER, Role.COORDINATOR), 10);
	}

	@Bean
	static RoleHome guideHome() {
		return new RoleHome(Role.GUIDANCE_WORKER, "/frontdoor/contacts", "nav.guidanceQueue");
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "false") boolean done, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("contacts", contacts.queue(user, !done, PageRequest.of(page)));
		model.addAttribute("done", done);
		model.addAttribute("today", LocalDate.now(clock));
		return "frontdoor/guidance-queue";
	}

	@GetMapping("/{id}")
	String contact(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Contact contact = contacts.open(user, id).filter(c -> c.unitId().equals(user.unitId())).orElseThrow(ContactPages::notFound);
		if (!model.containsAttribute("guidanceForm")) {
			GuidanceForm form = new GuidanceForm();
			form.setUrgency(contact.urgency());
			form.setTopic(contact.topic());
			model.addAttribute("guidanceForm", form);
		}
		String serviceQuery = ((GuidanceForm) model.getAttribute("guidanceForm")).getServiceQuery();
		model.addAttribute("contact", contact);
		model.addAttribute("earlier", contacts.earlier(user, contact));
		model.addAttribute("municipality", network.municipalities().stream().filter(m -> m.code().equals(contact.municipality())).findFirst().orElse(null));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("urgencies", Contact.Urgency.values());
		model.addAttribute("topics", Contact.Topic.values());
		model.addAttribute("modes", BookingMode.values());
		model.addAttribute("appointmentUnits", APPOINTMENT_UNITS.stream().flatMap(kind -> network.units(kind).stream()).toList());
		model.addAttribute("services", serviceQuery.isBlank() ? List.of()
				: directory.search(SearchRequest.of(serviceQuery.strip()).inMunicipality(contact.municipality())).hits().stream().limit(8).toList());
		if (contact.routedServiceId() != null) {
			model.addAttribute("routedService", directory.service(contact.routedServiceId()).map(ServiceDetails::summary).orElse(null));
		}
		model.addAttribute("routedUnit", contacts.unit(contact.routedUnitId()).orElse(null));
		return "frontdoor/guidance-contact";
	}

	@PostMapping("/{id}/triage")
	String triage(@PathVariable UUID id, @ModelAttribute GuidanceForm guidanceForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (guidanceForm.getUrgency() == null) {
			errors.rejectValue("urgency", "contact.urgency.required");
		}
		if (guidanceForm.getTopic() == null) {
			errors.rejectValue("topic", "contact.topic.required");
		}
		if (errors.hasErrors()) {
			return again(id, user, model, response);
		}
		return done(contacts.triage(user, id, guidanceForm.getUrgency(), guidanceForm.getTopic()), "guidance.triaged", id, redirect);
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return done(contacts.assignToMe(user, id), "guidance.assigned.done", id, redirect);
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute GuidanceForm guidanceForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (guidanceForm.getAnswer().isBlank()) {
			errors.rejectValue("answer", "guidance.answer.required");
		}
		if (errors.hasErrors()) {
			return again(id, user, model, response);
		}
		return done(contacts.answer(user, id, guidanceForm.getAnswer()), "guidance.answered", id, redirect);
	}

	@PostMapping("/{id}/route-to-service")
	String routeToService(@PathVariable UUID id, @Valid @ModelAttribute GuidanceForm guidanceForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<ServiceDetails> service = Optional.ofNullable(guidanceForm.getService()).flatMap(directory::service);
		if (service.isEmpty()) {
			errors.rejectValue("service", guidanceForm.getServiceQuery().isBlank() ? "guidance.service.search" : "guidance.service.required");
		}
		if (guidanceForm.getAnswer().isBlank()) {
			errors.rejectValue("answer", "guidance.answer.required");
		}
		if (errors.hasErrors()) {
			return again(id, user, model, response);
		}
		Unit receiving = network.units(service.get().summary().organisationId()).stream().findFirst().orElse(null);
		return done(contacts.routeToService(user, id, service.get().summary().id(), receiving, guidanceForm.getAnswer()), "guidance.routedToService", id,
				redirect);
	}

	@PostMapping("/{id}/route-to-booking")
	String routeToBooking(@PathVariable UUID id, @Valid @ModelAttribute GuidanceForm guidanceForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Unit> unit = Optional.ofNullable(guidanceForm.getUnit()).flatMap(u -> network.unit(new UnitId(u)))
			.filter(u -> APPOINTMENT_UNITS.contains(u.kind()));
		if (unit.isEmpty()) {
			errors.rejectValue("unit", "guidance.unit.required");
		}
		if (guidanceForm.getMode() == null) {
			errors.rejectValue("mode", "guidance.mode.required");
		}
		if (guidanceForm.getAnswer().isBlank()) {
			errors.rejectValue("answer", "guidance.answer.required");
		}
		if (errors.hasErrors()) {
			return again(id, user, model, response);
		}
		return done(contacts.routeToBooking(user, id, unit.get().id().value(), guidanceForm.getMode(), guidanceForm.getAnswer()),
				"guidance.routedToBooking", id, redirect);
	}

	@PostMapping("/{id}/route-to-assessment")
	String routeToAssessment(@PathVariable UUID id, @Valid @ModelAttribute GuidanceForm guidanceForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (guidanceForm.getAnswer().isBlank()) {
			errors.rejectValue("answer", "guidance.answer.required");
		}
		if (errors.hasErrors()) {
			return again(id, user, model, response);
		}
		return done(contacts.routeToAssessment(user, id, guidanceForm.getAnswer()), "guidance.routedToAssessment", id, redirect);
	}

	private String again(UUID id, SignedInUser user, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return contact(id, user, model);
	}

	private static String done(boolean changed, String message, UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", changed ? message : "guidance.alreadyClosed");
		return "redirect:/frontdoor/contacts/" + id;
	}
}
