package fi.yhdessa.citizen;

import fi.yhdessa.consent.AccessEntry;
import fi.yhdessa.consent.AccessLog;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's own decisions over disclosing the family's data: consents and denials per
 * organisation, and their withdrawal. Each decision takes effect at the next request of anyone,
 * because every disclosure asks {@link Consents} as it happens. Each is written to the access log.
 */
@Service
@Transactional(noRollbackFor = NotFound.class)
class FamilyConsents {

	static final String BASIS = "the family's own decision (Client Data Act 703/2023)";

	private final Consents consents;
	private final AccessLog accessLog;

	FamilyConsents(Consents consents, AccessLog accessLog) {
		this.consents = consents;
		this.accessLog = accessLog;
	}

	Consent decide(SignedInUser user, UUID familyId, List<UUID> subjects, UUID organisation, Consent.Decision decision, Consent.Scope scope,
			LocalDate validUntil) {
		Consent recorded = consents.record(new Consents.Decision(familyId, user.displayName(), organisation, decision,
				decision == Consent.Decision.DENIAL ? Consent.Scope.ANY : scope, null, validUntil), user.getUsername());
		accessLog.record(AccessEntry.by(user, AccessEntry.Action.WRITE, "consent.consent", recorded.id().toString(), subjects, BASIS));
		return recorded;
	}

	/** Withdraws a consent or denial of the family; one of another family is not found. */
	void withdraw(SignedInUser user, UUID familyId, List<UUID> subjects, UUID consentId) {
		Consent consent = consents.find(consentId).filter(c -> c.familyId().equals(familyId)).orElseThrow(() -> {
			accessLog.record(AccessEntry.by(user, AccessEntry.Action.DENIED, "consent.consent", consentId.toString(), List.of(), "not a consent of the family"));
			return new NotFound();
		});
		if (consent.withdrawnAt() == null) {
			consents.withdraw(consentId, user.getUsername());
			accessLog.record(AccessEntry.by(user, AccessEntry.Action.WRITE, "consent.consent", consentId.toString(), subjects, BASIS));
		}
	}

	@Transactional(readOnly = true)
	List<Consent> ofFamily(UUID familyId) {
		return consents.ofFamily(familyId);
	}
}
