package fi.yhdessa.frontdoor;

import fi.yhdessa.network.Network;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.PublicPaths;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Contact without a referral: the form for residents (signed in or anonymous) and for
 * professionals on a family's behalf, the status and answer of a contact, and booking the
 * appointment a contact was routed to.
 */
@Controller
class ContactPages {

	private final Contacts contacts;
	private final Bookings bookings;
	private final Network network;

	ContactPages(Contacts contacts, Bookings bookings, Network network) {
		this.contacts = contacts;
		this.bookings = bookings;
		this.network = network;
	}

	@Bean
	static PublicPaths contactPaths() {
		return PublicPaths.of("/contact", "/contact/**", "/child-welfare-notification", "/child-welfare-notification/**");
	}

	@Bean
	static NavigationItem contactLink() {
		return NavigationItem.forEveryone("nav.contact", "/contact", 20);
	}

	@Bean
	static NavigationItem myContactsLink() {
		return new NavigationItem("nav.myContacts", "/my/contacts", EnumSet.of(Role.RESIDENT), 100);
	}

	@GetMapping("/contact")
	String form(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		if (!model.containsAttribute("contactForm")) {
			ContactForm form = new ContactForm();
			form.setLanguage(locale.getLanguage());
			model.addAttribute("contactForm", form);
		}
		return form(user, locale, model, "frontdoor/contact");
	}

	@PostMapping("/contact")
	String submit(@Valid @ModelAttribute ContactForm contactForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		boolean professional = user != null && user.isStaff();
		contactForm.checkAcross(errors, professional);
		if (!contactForm.getMunicipality().isBlank() && network.municipalities().stream().noneMatch(m -> m.code().equals(contactForm.getMunicipality()))) {
			errors.rejectValue("municipality", "contact.municipality.required");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(user, locale, model, "frontdoor/contact");
		}
		Contacts.Submitted submitted = contacts.submit(contactForm, user);
		redirect.addFlashAttribute("received", submitted);
		if (submitted.privateToken() != null) {
			return "redirect:/contact/answer/" + submitted.privateToken();
		}
		return professional ? "redirect:/frontdoor/mine" : "redirect:/my/contacts/" + submitted.id();
	}

	/** An anonymous asker reads the status and the answer through the private link. */
	@GetMapping("/contact/answer/{token}")
	String byLink(@PathVariable String token, Model model) {
		Contact contact = contacts.byPrivateLink(token).orElseThrow(ContactPages::notFound);
		return status(contact, null, "/contact/answer/" + token, model);
	}

	@GetMapping("/contact/answer/{token}/book")
	String bookByLink(@PathVariable String token, Model model) {
		Contact contact = contacts.byPrivateLink(token).orElseThrow(ContactPages::notFound);
		return booking(contact, "/contact/answer/" + token, new BookingForm(contact), model);
	}

	@PostMapping("/contact/answer/{token}/book")
	String bookedByLink(@PathVariable String token, @Valid @ModelAttribute BookingForm bookingForm, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Contact contact = contacts.byPrivateLink(token).orElseThrow(ContactPages::notFound);
		return book(contact, null, "/contact/answer/" + token, bookingForm, errors, model, response, redirect);
	}

	@PostMapping("/contact/answer/{token}/bookings/{booking}/cancel")
	String cancelByLink(@PathVariable String token, @PathVariable UUID booking, RedirectAttributes redirect) {
		Contact contact = contacts.byPrivateLink(token).orElseThrow(ContactPages::notFound);
		redirect.addFlashAttribute("outcome", bookings.cancel(null, booking, contact.id()) ? "booking.cancelled" : "booking.notCancelled");
		return "redirect:/contact/answer/" + token;
	}

	@GetMapping("/my/contacts")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("contacts", contacts.ofResident(user));
		return "frontdoor/my-contacts";
	}

	@GetMapping("/my/contacts/{id}")
	String myContact(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Contact contact = contacts.ofResident(user, id).orElseThrow(ContactPages::notFound);
		return status(contact, user, "/my/contacts/" + id, model);
	}

	@GetMapping("/my/contacts/{id}/book")
	String myBooking(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Contact contact = contacts.ofResident(user, id).orElseThrow(ContactPages::notFound);
		BookingForm form = new BookingForm(contact);
		form.setName(user.displayName());
		return booking(contact, "/my/contacts/" + id, form, model);
	}

	@PostMapping("/my/contacts/{id}/book")
	String myBooked(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute BookingForm bookingForm,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Contact contact = contacts.ofResident(user, id).orElseThrow(ContactPages::notFound);
		return book(contact, user, "/my/contacts/" + id, bookingForm, errors, model, response, redirect);
	}

	private String status(Contact contact, SignedInUser user, String path, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("path", path);
		model.addAttribute("linkUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
		model.addAttribute("cancelBase", user == null ? path + "/bookings/" : "/my/bookings/");
		model.addAttribute("bookings", bookings.ofContact(user, contact.id()));
		model.addAttribute("routedUnit", contacts.unit(contact.routedUnitId()).orElse(null));
		return "frontdoor/contact-status";
	}

	private String booking(Contact contact, String path, BookingForm form, Model model) {
		if (contact.outcome() != Contact.Outcome.ROUTED_TO_BOOKING) {
			throw notFound();
		}
		if (!model.containsAttribute("bookingForm")) {
			model.addAttribute("bookingForm", form);
		}
		model.addAttribute("contact", contact);
		model.addAttribute("path", path);
		model.addAttribute("unit", contacts.unit(contact.routedUnitId()).orElse(null));
		model.addAttribute("slots", bookings.free(contact.routedUnitId(), contact.routedMode(), 40));
		return "frontdoor/contact-book";
	}

	private String book(Contact contact, SignedInUser user, String path, BookingForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (contact.outcome() != Contact.Outcome.ROUTED_TO_BOOKING) {
			throw notFound();
		}
		Optional<Bookings.Slot> slot = Optional.ofNullable(form.getSlot())
			.flatMap(bookings::slot)
			.filter(s -> s.unitId().equals(contact.routedUnitId()));
		if (form.getSlot() != null && slot.isEmpty()) {
			errors.rejectValue("slot", "booking.slot.required");
		}
		if (!errors.hasErrors()) {
			Optional<Booking> booked = bookings.book(form.getSlot(), form.booker(), user, contact.id());
			if (booked.isPresent()) {
				redirect.addFlashAttribute("outcome", "booking.booked");
				return "redirect:" + path;
			}
			errors.rejectValue("slot", "booking.slot.taken");
		}
		response.setStatus(errors.getFieldErrors("slot").stream().anyMatch(e -> "booking.slot.taken".equals(e.getCode()))
				? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
		return booking(contact, path, form, model);
	}

	private String form(SignedInUser user, Locale locale, Model model, String view) {
		model.addAttribute("professional", user != null && user.isStaff());
		model.addAttribute("anonymous", user == null);
		model.addAttribute("municipalities", network.municipalities());
		model.addAttribute("topics", Contact.Topic.values());
		model.addAttribute("answerWays", Contact.AnswerBy.values());
		return view;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
