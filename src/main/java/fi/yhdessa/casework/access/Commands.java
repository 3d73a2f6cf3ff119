package fi.yhdessa.casework.access;

import fi.yhdessa.casework.ClientCase;
import fi.yhdessa.casework.LifeArea;
import fi.yhdessa.casework.Member;
import fi.yhdessa.casework.PlanVersion;
import fi.yhdessa.consent.Consent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What users ask casework to do: the bodies of the API and what the forms become. */
public final class Commands {

	private Commands() {
	}

	/** A family member with a name and a personal identity code. */
	public record NewMember(String firstNames, String lastName, String personalIdentityCode, Member.Relation relation) {
	}

	/**
	 * Opens a case for a new family.
	 *
	 * @param childCode for a child's own case, the identity code of the child among the members
	 * @param responsibleWorker the account id of the responsible worker; the opener when left out
	 * @param referral the routed contact or invitation waiting in the unit's referrals, if it came from one
	 * @param kind the kind of client work; child welfare open care in a child welfare unit and family social work elsewhere when left out
	 */
	public record OpenCase(String familyName, String municipality, List<NewMember> members, String childCode, ClientCase.Origin origin,
			String originReference, UUID responsibleWorker, UUID referral, ClientCase.Kind kind) {
	}

	public record ChangeResponsible(UUID worker, String reason) {
	}

	/** Adds a professional to the team; a county professional needs the legal basis, others the family's consent to their organisation. */
	public record JoinTeam(UUID worker, String teamRole, String legalBasis) {
	}

	public record Close(String reason, ClientCase.Outcome outcome) {
	}

	public record Write(String body, UUID corrects) {
	}

	public record StartAssessment(LocalDate initiatedOn, Boolean specialSupport, List<String> participants) {

		public boolean forSpecialSupport() {
			return Boolean.TRUE.equals(specialSupport);
		}
	}

	/** What the assessment found so far; fields left null stay as they were. */
	public record RecordAssessment(LocalDate startedOn, List<String> participants, String familyView, String childView, Map<LifeArea, String> findings,
			String conclusion, List<String> servicesNeeded, Boolean childWelfareInvestigation, LocalDate completedOn) {
	}

	public record WritePlan(List<String> goals, List<PlanVersion.Measure> measures, List<String> commitments, LocalDate reviewOn) {
	}

	public record Agreement(Integer version, String note) {
	}

	/**
	 * Proposes a hand-off; a county unit needs the legal basis, others the family's consent.
	 *
	 * @param transfer whether the receiver becomes the responsible worker on acceptance
	 */
	public record ProposeHandoff(UUID caseId, UUID toUnit, UUID toOrganisation, UUID toWorker, Boolean transfer, String context, String legalBasis,
			UUID replaces) {

		public boolean transfers() {
			return Boolean.TRUE.equals(transfer);
		}
	}

	public record Decline(String reason) {
	}

	public record Complete(LocalDate firstMeetingOn) {
	}

	public record RecordConsent(UUID caseId, String givenBy, UUID recipientOrganisation, Consent.Decision decision, Consent.Scope scope,
			LocalDate validFrom, LocalDate validUntil) {
	}

	public record BreakGlass(String reference, String reason) {
	}
}
