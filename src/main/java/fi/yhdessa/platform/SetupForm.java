package fi.yhdessa.platform;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator, as typed on the setup page. */
class SetupForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{setup.username.invalid}")
	private String username = "admin";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String displayName = "";

	@Size(min = FirstAdministrator.MIN_PASSWORD_LENGTH, max = 200, message = "{setup.password.tooShort}")
	private String password = "";

	private String passwordAgain = "";

	@AssertTrue(message = "{setup.password.mismatch}")
	public boolean isPasswordRepeated() {
		return password != null && password.equals(passwordAgain);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
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
