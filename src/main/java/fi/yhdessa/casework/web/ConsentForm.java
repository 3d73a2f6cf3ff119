package fi.yhdessa.casework.web;

import fi.yhdessa.consent.Consent;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** The family's consent or refusal to disclose to an organisation, as the worker records it. */
public class ConsentForm {

	/** The label of each field, for the messages that name it. */
	static final Map<String, String> LABELS = Map.of("givenBy", "consents.givenBy", "recipient", "consents.recipient", "decision", "consents.decision", "scope", "consents.scope", "validUntil", "consents.validUntil");

	@Size(max = CaseForms.NAME, message = "{validation.tooLongMax}")
	private String givenBy = "";

	private UUID recipient;

	private Consent.Decision decision;

	private Consent.Scope scope;

	private String validUntil = "";

	public String getGivenBy() {
		return givenBy;
	}

	public void setGivenBy(String givenBy) {
		this.givenBy = CaseForms.typed(givenBy);
	}

	public UUID getRecipient() {
		return recipient;
	}

	public void setRecipient(UUID recipient) {
		this.recipient = recipient;
	}

	public Consent.Decision getDecision() {
		return decision;
	}

	public void setDecision(Consent.Decision decision) {
		this.decision = decision;
	}

	public Consent.Scope getScope() {
		return scope;
	}

	public void setScope(Consent.Scope scope) {
		this.scope = scope;
	}

	public String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = CaseForms.typed(validUntil);
	}
}
