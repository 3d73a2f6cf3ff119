package fi.yhdessa.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A role in a workplace from a day, until a day or for now, with the reason the administrator gives.
 * The workplace is an organisation's id, or an organisation's and a unit's joined by a slash.
 */
class MembershipForm {

	@NotNull(message = "{validation.required}")
	private Role role;

	@NotBlank(message = "{validation.required}")
	private String workplace = "";

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLongMax}")
	private String reason = "";

	/** What Bean Validation cannot see: the end after the start and not already past, a workplace that parses. */
	void check(Errors errors, LocalDate today) {
		if (endsOn != null && startsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "validation.endBeforeStart");
		}
		else if (endsOn != null && endsOn.isBefore(today)) {
			errors.rejectValue("endsOn", "validation.endInPast");
		}
		if (!workplace.isBlank() && organisationId() == null) {
			errors.rejectValue("workplace", "validation.choose");
		}
	}

	Membership membership() {
		return new Membership(null, role, organisationId(), unitId(), startsOn, endsOn);
	}

	UUID organisationId() {
		return part(0);
	}

	UUID unitId() {
		return part(1);
	}

	private UUID part(int index) {
		String[] parts = workplace.split("/");
		if (parts.length <= index || parts.length > 2) {
			return null;
		}
		try {
			return UUID.fromString(parts[index]);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getWorkplace() {
		return workplace;
	}

	public void setWorkplace(String workplace) {
		this.workplace = workplace == null ? "" : workplace.strip();
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason.strip();
	}
}
