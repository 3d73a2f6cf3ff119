package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A contact as the asker typed it. Free text is kept as typed and always shown escaped. */
class ContactForm {

	static final int MAX_NEED = 4000;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_NEED, message = "{contact.need.tooLong}")
	private String need = "";

	@NotNull(message = "{contact.topic.required}")
	private Contact.Topic topic;

	@Min(value = 0, message = "{contact.childAge.range}")
	@Max(value = 29, message = "{contact.childAge.range}")
	private Integer childAge;

	@NotBlank(message = "{contact.municipality.required}")
	private String municipality = "";

	@Pattern(regexp = "fi|sv|en", message = "{contact.language.invalid}")
	private String language = "fi";

	@NotNull(message = "{contact.answerBy.required}")
	private Contact.AnswerBy answerBy;

	@Size(max = 30, message = "{validation.tooLongMax}")
	@Pattern(regexp = "|\\+?[0-9 ()-]{5,30}", message = "{validation.phone}")
	private String phone = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	@Email(message = "{validation.email}")
	private String email = "";

	/** A professional names the family they contact for. */
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String familyName = "";

	private boolean familyConsent;

	/**
	 * The checks across fields: how to answer needs a way to reach the asker, and a professional
	 * needs the family's name and consent.
	 */
	void checkAcross(Errors errors, boolean professional) {
		if (answerBy == Contact.AnswerBy.PHONE && phone.isBlank()) {
			errors.rejectValue("phone", "contact.phone.required");
		}
		if ((answerBy == Contact.AnswerBy.REMOTE || answerBy == Contact.AnswerBy.VISIT) && phone.isBlank() && email.isBlank()) {
			errors.rejectValue("email", "contact.reach.required");
		}
		if (professional) {
			if (familyName.isBlank()) {
				errors.rejectValue("familyName", "contact.familyName.required");
			}
			if (!familyConsent) {
				errors.rejectValue("familyConsent", "contact.familyConsent.required");
			}
			if (phone.isBlank() && email.isBlank()) {
				errors.rejectValue("email", "contact.reach.required");
			}
		}
	}

	public String getNeed() {
		return need;
	}

	public void setNeed(String need) {
		this.need = need == null ? "" : need.strip();
	}

	public Contact.Topic getTopic() {
		return topic;
	}

	public void setTopic(Contact.Topic topic) {
		this.topic = topic;
	}

	public Integer getChildAge() {
		return childAge;
	}

	public void setChildAge(Integer childAge) {
		this.childAge = childAge;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality == null ? "" : municipality.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Contact.AnswerBy getAnswerBy() {
		return answerBy;
	}

	public void setAnswerBy(Contact.AnswerBy answerBy) {
		this.answerBy = answerBy;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.strip();
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName == null ? "" : familyName.strip();
	}

	public boolean isFamilyConsent() {
		return familyConsent;
	}

	public void setFamilyConsent(boolean familyConsent) {
		this.familyConsent = familyConsent;
	}
}
