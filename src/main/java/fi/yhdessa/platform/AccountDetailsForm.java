package fi.yhdessa.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An account's name and address as the administrator corrects them, with the reason. */
class AccountDetailsForm extends ReasonForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String displayName = "";

	@NotBlank(message = "{validation.required}")
	@Email(regexp = ".+@.+\\..+", message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLongMax}")
	private String email = "";

	static AccountDetailsForm of(AccountSummary account) {
		AccountDetailsForm form = new AccountDetailsForm();
		form.setDisplayName(account.displayName());
		form.setEmail(account.email());
		return form;
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
}
