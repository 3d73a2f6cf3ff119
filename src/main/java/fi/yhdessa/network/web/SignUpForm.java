package fi.yhdessa.network.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sign-up for a workshop: the least needed — a name to be called by, an address, and the participant's own choices. */
public class SignUpForm {

	@NotBlank(message = "{signup.error.name}")
	@Size(max = 100, message = "{signup.error.name}")
	private String name;

	@NotBlank(message = "{signup.error.email}")
	@Email(message = "{signup.error.email}")
	@Size(max = 200, message = "{signup.error.email}")
	private String email;

	private boolean expert;

	private boolean mayContact;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isExpert() {
		return expert;
	}

	public void setExpert(boolean expert) {
		this.expert = expert;
	}

	public boolean isMayContact() {
		return mayContact;
	}

	public void setMayContact(boolean mayContact) {
		this.mayContact = mayContact;
	}
}
