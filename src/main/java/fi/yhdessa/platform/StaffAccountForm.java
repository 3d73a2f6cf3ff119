package fi.yhdessa.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A new staff account: who, how to reach them, and their first role with its reason. */
class StaffAccountForm extends MembershipForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}", message = "{validation.username}")
	private String username = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String displayName = "";

	@NotBlank(message = "{validation.required}")
	@Email(regexp = ".+@.+\\..+", message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLongMax}")
	private String email = "";

	@Pattern(regexp = "fi|sv|en", message = "{validation.choose}")
	private String language = "fi";

	StaffAccounts.Opening opening() {
		return new StaffAccounts.Opening(username, displayName, email, language, membership(), getReason());
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
