package fi.yhdessa.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Why an administrator changes an account: required for every change, kept in the security log.
 * Ending a role also says which one and on what day.
 */
class ReasonForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.tooLongMax}")
	private String reason = "";

	private UUID membership;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason == null ? "" : reason.strip();
	}

	public UUID getMembership() {
		return membership;
	}

	public void setMembership(UUID membership) {
		this.membership = membership;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}
}
