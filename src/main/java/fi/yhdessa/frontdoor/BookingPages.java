package fi.yhdessa.frontdoor;

import fi.yhdessa.network.Network;
import fi.yhdessa.network.UnitId;
import fi.yhdessa.platform.NavigationItem;
import fi.yhdessa.platform.Role;
import fi.yhdessa.platform.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Units publish appointment slots and see the day's calendar; residents book and cancel. */
@Controller
class BookingPages {

	private final Bookings bookings;
	private final Network network;
	private final Clock clock;

	BookingPages(Bookings bookings, Network network, Clock clock) {
		this.bookings = bookings;
		this.network = network;
		this.clock = clock;
	}

	@Bean
	static NavigationItem calendarLink() {
		return new NavigationItem("nav.calendar", "/frontdoor/calendar", EnumSet.of(Role.GUIDANCE_WORKER, Role.RESPONSIBLE_WORKER,
				Role.UNIVERSAL_SERVICES_PROFESSIONAL, Role.CHILD_WELFARE_WORKER, Role.COORDINATOR), 30);
	}

	@Bean
	static NavigationItem bookLink() {
		return new NavigationItem("nav.myBookings", "/my/bookings", EnumSet.of(Role.RESIDENT), 110);
	}

	@GetMapping("/frontdoor/calendar")
	@PreAuthorize("hasAnyRole('GUIDANCE_WORKER', 'RESPONSIBLE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'CHILD_WELFARE_WORKER', 'COORDINATOR')")
	String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		LocalDate shown = day == null ? LocalDate.now(clock) : day;
		if (!model.containsAttribute("slotForm")) {
			SlotForm form = new SlotForm();
			form.setDay(shown);
			model.addAttribute("slotForm", form);
		}
		model.addAttribute("day", shown);
		model.addAttribute("unit", user.unitId() == null ? null : network.unit(new UnitId(user.unitId())).orElse(null));
		model.addAttribute("rows", user.unitId() == null ? List.of() : bookings.day(user, shown));
		model.addAttribute("modes", BookingMode.values());
		model.addAttribute("now", Instant.now(clock));
		model.addAttribute("attendances", Booking.Attendance.values());
		return "frontdoor/calendar";
	}

	@PostMapping("/frontdoor/calendar/slots")
	@PreAuthorize("hasAnyRole('GUIDANCE_WORKER', 'RESPONSIBLE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'CHILD_WELFARE_WORKER', 'COORDINATOR')")
	String publish(@Valid @ModelAttribute SlotForm slotForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (user.unitId() == null) {
			errors.reject("slots.noUnit");
		}
		if (slotForm.getDay() != null && slotForm.getStart() != null
				&& LocalDateTime.of(slotForm.getDay(), slotForm.getStart()).isBefore(LocalDateTime.now(clock))) {
			errors.rejectValue("start", "slots.past");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return calendar(slotForm.getDay(), user, model);
		}
		int published = bookings.publish(user, user.unitId(), LocalDateTime.of(slotForm.getDay(), slotForm.getStart()), slotForm.getMinutes(),
				slotForm.getCount(), slotForm.getMode(), slotForm.getPlace()).size();
		redirect.addFlashAttribute("outcome", "slots.published");
		redirect.addFlashAttribute("count", published);
		return "redirect:/frontdoor/calendar?day=" + slotForm.getDay();
	}

	@PostMapping("/frontdoor/calendar/bookings/{id}/cancel")
	@PreAuthorize("hasAnyRole('GUIDANCE_WORKER', 'RESPONSIBLE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'CHILD_WELFARE_WORKER', 'COORDINATOR')")
	String cancelByUnit(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", bookings.cancel(user, id, null) ? "booking.cancelled" : "booking.notCancelled");
		return "redirect:/frontdoor/calendar?day=" + day;
	}

	/** After its start, the unit records whether the appointment was held or nobody came. */
	@PostMapping("/frontdoor/calendar/bookings/{id}/attendance")
	@PreAuthorize("hasAnyRole('GUIDANCE_WORKER', 'RESPONSIBLE_WORKER', 'UNIVERSAL_SERVICES_PROFESSIONAL', 'CHILD_WELFARE_WORKER', 'COORDINATOR')")
	String attendance(@PathVariable UUID id, @RequestParam Booking.Attendance attendance, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", bookings.recordAttendance(user, id, attendance) ? "booking.attendance.recorded" : "booking.attendance.notRecorded");
		return "redirect:/frontdoor/calendar?day=" + day;
	}

	/** The resident's bookings, and the units they can book a time from. */
	@GetMapping("/my/bookings")
	@PreAuthorize("hasRole('RESIDENT')")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("bookings", bookings.ofResident(user));
		model.addAttribute("units", bookings.unitsWithFreeSlots());
		return "frontdoor/my-bookings";
	}

	@GetMapping("/my/bookings/units/{unit}")
	@PreAuthorize("hasRole('RESIDENT')")
	String slots(@PathVariable UUID unit, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		if (!model.containsAttribute("bookingForm")) {
			BookingForm form = new BookingForm();
			form.setName(user.displayName());
			form.setLanguage(locale.getLanguage());
			model.addAttribute("bookingForm", form);
		}
		model.addAttribute("unit", network.unit(new UnitId(unit)).orElseThrow(ContactPages::notFound));
		model.addAttribute("slots", bookings.free(unit, null, 60));
		model.addAttribute("path", "/my/bookings/units/" + unit);
		return "frontdoor/book";
	}

	@PostMapping("/my/bookings/units/{unit}")
	@PreAuthorize("hasRole('RESIDENT')")
	String book(@PathVariable UUID unit, @Valid @ModelAttribute BookingForm bookingForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (bookingForm.getSlot() != null && bookings.slot(bookingForm.getSlot()).filter(s -> s.unitId().equals(unit)).isEmpty()) {
			errors.rejectValue("slot", "booking.slot.required");
		}
		if (!errors.hasErrors()) {
			if (bookings.book(bookingForm.getSlot(), bookingForm.booker(), user, null).isPresent()) {
				redirect.addFlashAttribute("outcome", "booking.booked");
				return "redirect:/my/bookings";
			}
			errors.rejectValue("slot", "booking.slot.taken");
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return slots(unit, user, locale, model);
	}

	@PostMapping("/my/bookings/{id}/cancel")
	@PreAuthorize("hasRole('RESIDENT')")
	String cancel(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", bookings.cancel(user, id, null) ? "booking.cancelled" : "booking.notCancelled");
		return "redirect:/my/bookings";
	}

}
