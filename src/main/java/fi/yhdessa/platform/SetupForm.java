package fi.yhdessa.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator, as typed on the setup page. */
class SetupForm extends NewPasswordForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{setup.username.invalid}")
	private String username = "admin";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String displayName = "";

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
}
