package fi.yhdessa.frontdoor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.UUID;
import org.springframework.validation.Errors;

/** A concern conversation as the professional typed it; the Lapset puheeksi fields are optional. */
class ConcernForm {

	static final int MAX_TEXT = 4000;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLongMax}")
	private String childName = "";

	@NotNull(message = "{validation.required}")
	private Integer childBirthYear;

	@NotNull(message = "{concern.level.required}")
	private Concern.Level level;

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_TEXT, message = "{validation.tooLongMax}")
	private String discussed = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = MAX_TEXT, message = "{validation.tooLongMax}")
	private String agreed = "";

	@Size(max = MAX_TEXT, message = "{validation.tooLongMax}")
	private String strengths = "";

	@Size(max = MAX_TEXT, message = "{validation.tooLongMax}")
	private String worries = "";

	@Size(max = MAX_TEXT, message = "{validation.tooLongMax}")
	private String supportAtHome = "";

	@Size(max = MAX_TEXT, message = "{validation.tooLongMax}")
	private String supportHere = "";

	private UUID invitedUnit;

	private boolean familyConsent;

	void checkAcross(Errors errors, Year thisYear) {
		NotificationForm.checkChildBirthYear(errors, childBirthYear, thisYear);
		if (invitedUnit != null && !familyConsent) {
			errors.rejectValue("familyConsent", "concern.familyConsent.required");
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

	public Concern.Level getLevel() {
		return level;
	}

	public void setLevel(Concern.Level level) {
		this.level = level;
	}

	public String getDiscussed() {
		return discussed;
	}

	public void setDiscussed(String discussed) {
		this.discussed = discussed == null ? "" : discussed.strip();
	}

	public String getAgreed() {
		return agreed;
	}

	public void setAgreed(String agreed) {
		this.agreed = agreed == null ? "" : agreed.strip();
	}

	public String getStrengths() {
		return strengths;
	}

	public void setStrengths(String strengths) {
		this.strengths = strengths == null ? "" : strengths.strip();
	}

	public String getWorries() {
		return worries;
	}

	public void setWorries(String worries) {
		this.worries = worries == null ? "" : worries.strip();
	}

	public String getSupportAtHome() {
		return supportAtHome;
	}

	public void setSupportAtHome(String supportAtHome) {
		this.supportAtHome = supportAtHome == null ? "" : supportAtHome.strip();
	}

	public String getSupportHere() {
		return supportHere;
	}

	public void setSupportHere(String supportHere) {
		this.supportHere = supportHere == null ? "" : supportHere.strip();
	}

	public UUID getInvitedUnit() {
		return invitedUnit;
	}

	public void setInvitedUnit(UUID invitedUnit) {
		this.invitedUnit = invitedUnit;
	}

	public boolean isFamilyConsent() {
		return familyConsent;
	}

	public void setFamilyConsent(boolean familyConsent) {
		this.familyConsent = familyConsent;
	}
}
