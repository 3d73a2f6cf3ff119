package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import org.springframework.validation.Errors;

/** A child welfare notification as the reporter typed it. */
class NotificationForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String childName = "";

	@NotNull(message = "{validation.required}")
	private Integer childBirthYear;

	@NotBlank(message = "{contact.municipality.required}")
	private String municipality = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 8000, message = "{validation.tooLongMax}")
	private String description = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String reporterName = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String reporterContact = "";

	void checkAcross(Errors errors, Year thisYear) {
		checkChildBirthYear(errors, childBirthYear, thisYear);
	}

	/** A child under 18: born this year or in the 18 years before. */
	static void checkChildBirthYear(Errors errors, Integer childBirthYear, Year thisYear) {
		if (childBirthYear != null && (childBirthYear > thisYear.getValue() || childBirthYear < thisYear.getValue() - 18)) {
			errors.rejectValue("childBirthYear", "concern.childBirthYear.range");
		}
	}

	public String getChildName() {
		return childName;
	}

	public void setChildName(String childName) {
		this.childName = childName == null ? "" : childName.strip();
	}

	public Integer getChildBirthYear() {
		return childBirthYear;
	}

	public void setChildBirthYear(Integer childBirthYear) {
		this.childBirthYear = childBirthYear;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality == null ? "" : municipality.strip();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description.strip();
	}

	public String getReporterName() {
		return reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName == null ? "" : reporterName.strip();
	}

	public String getReporterContact() {
		return reporterContact;
	}

	public void setReporterContact(String reporterContact) {
		this.reporterContact = reporterContact == null ? "" : reporterContact.strip();
	}
}
