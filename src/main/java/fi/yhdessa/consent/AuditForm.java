package fi.yhdessa.consent;

import fi.yhdessa.platform.PersonalIdentityCode;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What the auditor looks for in the access log; every part is optional, the period is in Finnish days. */
public class AuditForm {

	@Size(max = 20, message = "{validation.tooLongMax}")
	private String person = "";

	@Size(max = 40, message = "{validation.tooLongMax}")
	private String caseReference = "";

	@Size(max = 64, message = "{validation.tooLongMax}")
	private String actor = "";

	private UUID organisation;

	@Size(max = 40, message = "{validation.tooLongMax}")
	private String role = "";

	@Size(max = 200, message = "{validation.tooLongMax}")
	private String basis = "";

	private AccessEntry.Action action;

	@Size(max = 60, message = "{validation.tooLongMax}")
	private String recordKind = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	/** What Bean Validation cannot see: an identity code that is one, a period that runs forwards. */
	void check(Errors errors) {
		if (!person.isBlank() && !PersonalIdentityCode.isValid(person)) {
			errors.rejectValue("person", "audit.error.code");
		}
		if (from != null && until != null && until.isBefore(from)) {
			errors.rejectValue("until", "audit.error.reversed");
		}
	}

	/** The criteria as a short text for the auditor's own entry in the log, after what was done ("search", "export"). */
	String describe(String what) {
		StringBuilder text = new StringBuilder(what);
		append(text, "person", person.isBlank() ? null : "(identity code)");
		append(text, "case", caseReference);
		append(text, "actor", actor);
		append(text, "organisation", organisation == null ? null : organisation.toString());
		append(text, "role", role);
		append(text, "basis", basis);
		append(text, "action", action == null ? null : action.name());
		append(text, "kind", recordKind);
		append(text, "from", from == null ? null : from.toString());
		append(text, "until", until == null ? null : until.toString());
		return text.length() > 500 ? text.substring(0, 500) : text.toString();
	}

	private static void append(StringBuilder text, String name, String value) {
		if (value != null && !value.isBlank()) {
			text.append(' ').append(name).append('=').append(value);
		}
	}

	private static String typed(String value) {
		return value == null ? "" : value.strip();
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = typed(person);
	}

	public String getCaseReference() {
		return caseReference;
	}

	public void setCaseReference(String caseReference) {
		this.caseReference = typed(caseReference);
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = typed(actor);
	}

	public UUID getOrganisation() {
		return organisation;
	}

	public void setOrganisation(UUID organisation) {
		this.organisation = organisation;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = typed(role);
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = typed(basis);
	}

	public AccessEntry.Action getAction() {
		return action;
	}

	public void setAction(AccessEntry.Action action) {
		this.action = action;
	}

	public String getRecordKind() {
		return recordKind;
	}

	public void setRecordKind(String recordKind) {
		this.recordKind = typed(recordKind);
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}
}
