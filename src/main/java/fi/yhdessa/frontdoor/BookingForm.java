package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The slot a person picks and how to reach them. */
class BookingForm {

	@NotNull(message = "{booking.slot.required}")
	private UUID slot;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String name = "";

	@NotBlank(message = "{booking.email.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	@Email(message = "{validation.email}")
	private String email = "";

	@Size(max = 30, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|\\+?[0-9 ()-]{5,30}", message = "{validation.phone}")
	private String phone = "";

	private String language = "fi";

	BookingForm() {
	}

	BookingForm(Contact contact) {
		this.email = contact.email() == null ? "" : contact.email();
		this.phone = contact.phone() == null ? "" : contact.phone();
		this.name = contact.familyName() == null ? "" : contact.familyName();
		this.language = contact.language();
	}

	Bookings.Booker booker() {
		return new Bookings.Booker(name, email, phone, language == null || !language.matches("fi|sv|en") ? "fi" : language);
	}

	public UUID getSlot() {
		return slot;
	}

	public void setSlot(UUID slot) {
		this.slot = slot;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
