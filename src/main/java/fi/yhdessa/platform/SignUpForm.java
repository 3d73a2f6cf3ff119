package fi.yhdessa.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A resident's own account, as typed on the sign-up page. */
class SignUpForm extends NewPasswordForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String name = "";

	@NotBlank(message = "{validation.required}")
	@Email(regexp = ".+@.+\\..+", message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLongMax}")
	private String email = "";

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
}
