package fi.yhdessa.directory.editing;

import fi.yhdessa.directory.Directory;
import fi.yhdessa.directory.TopicTerm;
import fi.yhdessa.directory.history.ChangeHistory;
import fi.yhdessa.directory.web.Choice;
import fi.yhdessa.directory.web.Ids;
import fi.yhdessa.network.Network;
import fi.yhdessa.network.OrganisationId;
import fi.yhdessa.network.OrganisationKind;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PageRequest;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.RoleHome;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping the directory: a service editor keeps their own organisation's services, activities
 * and places; a coordinator (and an administrator) keeps everyone's. New services start as drafts
 * and become public when published.
 */
@Controller
@RequestMapping("/directory/edit")
@PreAuthorize("hasAnyRole('SERVICE_EDITOR', 'COORDINATOR', 'ADMINISTRATOR')")
class EditorPages {

	/** Empty rows of weekly hours below the saved ones, for adding more without scripts. */
	private static final int SPARE_HOURS = 3;
	private static final int SPARE_CLOSURES = 2;
	private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

	private final ServiceEditing services;
	private final PlaceEditing places;
	private final Directory directory;
	private final Network network;
	private final ChangeHistory history;

	EditorPages(ServiceEditing services, PlaceEditing places, Directory directory, Network network, ChangeHistory history) {
		this.history = history;
		this.services = services;
		this.places = places;
		this.directory = directory;
		this.network = network;
	}

	@Bean
	static NavigationItem editingLink() {
		return new NavigationItem("nav.editing", "/directory/edit", EnumSet.of(Role.SERVICE_EDITOR, Role.COORDINATOR, Role.ADMINISTRATOR), 190);
	}

	@Bean
	static RoleHome editorHome() {
		return new RoleHome(Role.SERVICE_EDITOR, "/directory/edit", "nav.editing");
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, @AuthenticationPrincipal SignedInUser user, Model model) {
		var listed = services.list(scope(user), PageRequest.of(page));
		model.addAttribute("services", listed);
		model.addAttribute("organisationNames",
				network.organisationNames(listed.items().stream().map(ServiceEditing.Listing::organisationId).distinct().toList()));
		return "directory/edit-list";
	}

	@GetMapping("/services/new")
	String newService(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		ServiceForm form = new ServiceForm();
		form.setOrganisation(user.organisationId() == null ? "" : user.organisationId().toString());
		form.setHours(withSpareRows(form.getHours()));
		form.setClosures(withSpareClosures(form.getClosures()));
		return serviceForm(null, null, form, user, model, locale);
	}

	@PostMapping("/services")
	String create(@Valid @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		UUID organisation = organisationFor(form.getOrganisation(), user);
		form.setOrganisation(organisation.toString());
		check(form, errors, organisation);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return serviceForm(null, null, form, user, model, locale);
		}
		UUID id = services.create(organisation, form, user.getUsername());
		redirect.addFlashAttribute("outcome", "edit.saved.draft");
		return "redirect:/directory/edit/services/" + id;
	}

	@GetMapping("/services/{id}")
	String service(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		ServiceEditing.Editable editable = editable(id, user);
		editable.form().setHours(withSpareRows(editable.form().getHours()));
		editable.form().setClosures(withSpareClosures(editable.form().getClosures()));
		return serviceForm(editable.id(), editable.state(), editable.form(), user, model, locale);
	}

	@PostMapping("/services/{id}")
	String save(@PathVariable String id, @Valid @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		ServiceEditing.Editable editable = editable(id, user);
		UUID organisation = organisationFor(form.getOrganisation().isEmpty() ? editable.organisationId().toString() : form.getOrganisation(), user);
		form.setOrganisation(organisation.toString());
		check(form, errors, organisation);
		if (!errors.hasErrors() && !services.update(editable.id(), organisation, form, user.getUsername())) {
			errors.reject("edit.conflict");
		}
		if (errors.hasErrors()) {
			response.setStatus(errors.getGlobalErrors().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT.value() : HttpStatus.CONFLICT.value());
			return serviceForm(editable.id(), editable.state(), form, user, model, locale);
		}
		redirect.addFlashAttribute("outcome", "PUBLISHED".equals(editable.state()) ? "edit.saved.published" : "edit.saved.draft");
		return "redirect:/directory/edit/services/" + editable.id();
	}

	@PostMapping("/services/{id}/state")
	String changeState(@PathVariable String id, @RequestParam String state, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		ServiceEditing.Editable editable = editable(id, user);
		if (!ServiceEditing.STATES.contains(state)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		services.changeState(editable.id(), state, user.getUsername());
		redirect.addFlashAttribute("outcome", "edit.state." + state);
		return "redirect:/directory/edit/services/" + editable.id();
	}

	@GetMapping("/places")
	String placeList(@RequestParam(required = false) Integer page, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("places", places.list(scope(user), PageRequest.of(page)));
		model.addAttribute("municipalityNames", network.municipalities());
		return "directory/edit-places";
	}

	@GetMapping("/places/new")
	String newPlace(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		PlaceForm form = new PlaceForm();
		form.setOrganisation(user.organisationId() == null ? "" : user.organisationId().toString());
		return placeForm(null, form, user, model, locale);
	}

	@PostMapping("/places")
	String createPlace(@Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		return savePlace(null, form, errors, user, response, model, locale, redirect);
	}

	@GetMapping("/places/{id}")
	String place(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		UUID placeId = Ids.parseOrNotFound(id);
		PlaceForm form = editablePlace(placeId, user);
		return placeForm(placeId, form, user, model, locale);
	}

	@PostMapping("/places/{id}")
	String updatePlace(@PathVariable String id, @Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		UUID placeId = Ids.parseOrNotFound(id);
		PlaceForm before = editablePlace(placeId, user);
		if (form.getOrganisation().isEmpty()) {
			form.setOrganisation(before.getOrganisation());
		}
		return savePlace(placeId, form, errors, user, response, model, locale, redirect);
	}

	private String savePlace(UUID id, PlaceForm form, BindingResult errors, SignedInUser user, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		UUID organisation = organisationFor(form.getOrganisation(), user);
		form.setOrganisation(organisation.toString());
		if (form.getNameFi().isEmpty() && form.getNameSv().isEmpty() && form.getNameEn().isEmpty()) {
			errors.rejectValue("nameFi", "edit.name.required");
		}
		if (!form.getMunicipality().isEmpty() && network.municipalities().stream().noneMatch(m -> m.code().equals(form.getMunicipality()))) {
			errors.rejectValue("municipality", "edit.choice.invalid");
		}
		if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
			errors.rejectValue("longitude", "edit.coordinates.pair");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return placeForm(id, form, user, model, locale);
		}
		UUID saved = places.save(id, organisation, form, user.getUsername());
		redirect.addFlashAttribute("outcome", "edit.saved.place");
		return "redirect:/directory/edit/places/" + saved;
	}

	private String serviceForm(UUID id, String state, ServiceForm form, SignedInUser user, Model model, Locale locale) {
		UUID organisation = form.getOrganisation().isEmpty() ? user.organisationId() : UUID.fromString(form.getOrganisation());
		model.addAttribute("serviceForm", form);
		model.addAttribute("serviceId", id);
		model.addAttribute("state", state);
		model.addAttribute("history", id == null ? List.of() : history.of(id));
		model.addAttribute("places", organisation == null ? List.of() : places.all(organisation));
		model.addAttribute("topics", directory.topics().stream().map(t -> new Choice(t.code(), t.name().in(locale))).toList());
		model.addAttribute("municipalities", Choice.municipalities(network, locale));
		model.addAttribute("organisations", mayEditAll(user) ? organisationChoices(locale) : List.of());
		return "directory/edit-service";
	}

	private String placeForm(UUID id, PlaceForm form, SignedInUser user, Model model, Locale locale) {
		model.addAttribute("placeForm", form);
		model.addAttribute("placeId", id);
		model.addAttribute("history", id == null ? List.of() : history.of(id));
		model.addAttribute("municipalities", Choice.municipalities(network, locale));
		model.addAttribute("organisations", mayEditAll(user) ? organisationChoices(locale) : List.of());
		return "directory/edit-place";
	}

	/** The checks a form's annotations cannot make: one name and description at least, choices that exist, whole hours. */
	private void check(ServiceForm form, BindingResult errors, UUID organisation) {
		if (form.getNameFi().isEmpty() && form.getNameSv().isEmpty() && form.getNameEn().isEmpty()) {
			errors.rejectValue("nameFi", "edit.name.required");
		}
		if (form.getDescriptionFi().isEmpty() && form.getDescriptionSv().isEmpty() && form.getDescriptionEn().isEmpty()) {
			errors.rejectValue("descriptionFi", "edit.description.required");
		}
		if (form.getMinAge() != null && form.getMaxAge() != null && form.getMinAge() > form.getMaxAge() && !errors.hasFieldErrors("maxAge")) {
			errors.rejectValue("maxAge", "edit.age.range");
		}
		if (!form.isFreeOfCharge() && form.getCost().isEmpty()) {
			errors.rejectValue("cost", "edit.cost.required");
		}
		Set<String> topics = directory.topics().stream().map(TopicTerm::code).collect(Collectors.toSet());
		Set<String> municipalities = network.municipalities().stream().map(m -> m.code()).collect(Collectors.toSet());
		if (!topics.containsAll(form.getTopics())) {
			errors.rejectValue("topics", "edit.choice.invalid");
		}
		if (!municipalities.containsAll(form.getMunicipalities())) {
			errors.rejectValue("municipalities", "edit.choice.invalid");
		}
		if (form.getLanguages().isEmpty() || !LANGUAGES.containsAll(form.getLanguages())) {
			errors.rejectValue("languages", "edit.languages.required");
		}
		Set<String> allowedPlaces = organisation == null ? Set.of()
				: places.all(organisation).stream().map(p -> p.id().toString()).collect(Collectors.toSet());
		for (int i = 0; i < form.getHours().size(); i++) {
			ServiceForm.HoursRow row = form.getHours().get(i);
			String field = "hours[" + i + "]";
			if (row.isEmpty() || errors.hasFieldErrors(field + ".*")) {
				continue;
			}
			if (!allowedPlaces.contains(row.getPlace())) {
				errors.rejectValue(field + ".place", "edit.hours.place.invalid");
			}
			else if (row.getWeekday().isEmpty() || row.getOpens().isEmpty() || row.getCloses().isEmpty()) {
				errors.rejectValue(field + ".opens", "edit.hours.incomplete");
			}
			else if (!LocalTime.parse(row.getOpens()).isBefore(LocalTime.parse(row.getCloses()))) {
				errors.rejectValue(field + ".closes", "edit.hours.order");
			}
		}
		Set<String> placesWithHours = form.getHours().stream().filter(row -> !row.isEmpty()).map(ServiceForm.HoursRow::getPlace)
			.collect(Collectors.toSet());
		for (int i = 0; i < form.getClosures().size(); i++) {
			ServiceForm.ClosureRow row = form.getClosures().get(i);
			String field = "closures[" + i + "]";
			if (row.isEmpty() || errors.hasFieldErrors(field + ".*")) {
				continue;
			}
			if (!placesWithHours.contains(row.getPlace())) {
				errors.rejectValue(field + ".place", "edit.closures.place.invalid");
			}
			else if (row.getDay().isEmpty() || !validDate(row.getDay())) {
				errors.rejectValue(field + ".day", "edit.closures.day.invalid");
			}
		}
	}

	private static boolean validDate(String day) {
		try {
			java.time.LocalDate.parse(day);
			return true;
		}
		catch (java.time.format.DateTimeParseException e) {
			return false;
		}
	}

	private ServiceEditing.Editable editable(String id, SignedInUser user) {
		ServiceEditing.Editable editable = services.load(Ids.parseOrNotFound(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!mayEdit(user, editable.organisationId())) {
			throw new AccessDeniedException("Another organisation's service");
		}
		return editable;
	}

	private PlaceForm editablePlace(UUID id, SignedInUser user) {
		PlaceForm form = places.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!mayEdit(user, UUID.fromString(form.getOrganisation()))) {
			throw new AccessDeniedException("Another organisation's place");
		}
		return form;
	}

	/** The organisation a saved record belongs to: the editor's own, or the one a coordinator chose. */
	private UUID organisationFor(String chosen, SignedInUser user) {
		if (!mayEditAll(user)) {
			if (user.organisationId() == null) {
				throw new AccessDeniedException("An editor without an organisation");
			}
			return user.organisationId();
		}
		UUID organisation = Ids.parse(chosen).orElse(user.organisationId());
		if (organisation == null || network.organisation(new OrganisationId(organisation)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return organisation;
	}

	/** Only the editor's own organisation, or everything (null) for coordinators and administrators. */
	private static UUID scope(SignedInUser user) {
		return mayEditAll(user) ? null : user.organisationId();
	}

	private static boolean mayEdit(SignedInUser user, UUID organisation) {
		return mayEditAll(user) || (user.has(Role.SERVICE_EDITOR) && organisation.equals(user.organisationId()));
	}

	private static boolean mayEditAll(SignedInUser user) {
		return user.has(Role.COORDINATOR) || user.has(Role.ADMINISTRATOR);
	}

	private List<Choice> organisationChoices(Locale locale) {
		return network.organisations(EnumSet.allOf(OrganisationKind.class), new PageRequest(1, 200))
			.items()
			.stream()
			.map(listing -> new Choice(listing.organisation().id().value().toString(), listing.organisation().name().in(locale)))
			.toList();
	}

	private static List<ServiceForm.ClosureRow> withSpareClosures(List<ServiceForm.ClosureRow> rows) {
		List<ServiceForm.ClosureRow> padded = new ArrayList<>(rows.stream().filter(row -> !row.isEmpty()).toList());
		for (int i = 0; i < SPARE_CLOSURES; i++) {
			padded.add(new ServiceForm.ClosureRow());
		}
		return padded;
	}

	private static List<ServiceForm.HoursRow> withSpareRows(List<ServiceForm.HoursRow> rows) {
		List<ServiceForm.HoursRow> padded = new ArrayList<>(rows.stream().filter(row -> !row.isEmpty()).toList());
		for (int i = 0; i < SPARE_HOURS; i++) {
			padded.add(new ServiceForm.HoursRow());
		}
		return padded;
	}
}
