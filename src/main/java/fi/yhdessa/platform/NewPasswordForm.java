package fi.yhdessa.platform;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A new password typed twice, on the sign-up page and when a forgotten one is replaced. */
class NewPasswordForm {

	@Size(min = FirstAdministrator.MIN_PASSWORD_LENGTH, max = 200, message = "{setup.password.tooShort}")
	private String password = "";

	private String passwordAgain = "";

	/** Marks the second password wrong when it differs from the first, next to the field where it was typed. */
	void checkRepeated(Errors errors) {
		if (password == null || !password.equals(passwordAgain)) {
			errors.rejectValue("passwordAgain", "setup.password.mismatch");
		}
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordAgain() {
		return passwordAgain;
	}

	public void setPasswordAgain(String passwordAgain) {
		this.passwordAgain = passwordAgain;
	}
}
