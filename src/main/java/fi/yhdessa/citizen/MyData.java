package fi.yhdessa.citizen;

import fi.yhdessa.casework.FamilyPortal;
import fi.yhdessa.casework.ThreadView;
import fi.yhdessa.consent.Consent;
import fi.yhdessa.consent.Consents;
import fi.yhdessa.frontdoor.FrontDoor;
import fi.yhdessa.platform.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's copy of the data the platform keeps about them and their family (GDPR art. 15
 * and 20): the account, each family with its cases, plans, answers, messages and consents, and
 * the resident's contacts and appointments. Each read is logged like any other, in the same
 * transaction; nothing is marked read by being copied.
 */
@Service
class MyData {

	private final FamilyPortal portal;
	private final Consents consents;
	private final FrontDoor frontDoor;
	private final Clock clock;

	MyData(FamilyPortal portal, Consents consents, FrontDoor frontDoor, Clock clock) {
		this.portal = portal;
		this.consents = consents;
		this.frontDoor = frontDoor;
		this.clock = clock;
	}

	record Export(Instant madeAt, Account account, List<FamilyData> families, List<FrontDoor.ResidentContact> contacts,
			List<FrontDoor.ResidentAppointment> appointments) {
	}

	record Account(String username, String name) {
	}

	record FamilyData(FamilyPortal.Family family, List<CaseData> cases, List<Consent> consents) {
	}

	/** A case with its plan and messages; a guardian gets neither part the young person hides from them ({@code plan} is then null). */
	record CaseData(FamilyPortal.CaseSummary summary, FamilyPortal.PlanView plan, List<ThreadView> messages) {
	}

	@Transactional
	Export of(SignedInUser user) {
		List<FamilyData> families = portal.familiesOf(user).stream().map(family -> {
			List<CaseData> cases = family.cases().stream()
				.map(summary -> new CaseData(summary, summary.planHidden() ? null : portal.plan(user, summary.clientCase().id()),
						summary.messagesHidden() ? List.of() : portal.threadsWithMessages(user, summary.clientCase().id())))
				.toList();
			return new FamilyData(family, cases, consents.ofFamily(family.id()));
		}).toList();
		return new Export(Instant.now(clock), new Account(user.getUsername(), user.displayName()), families, frontDoor.contactsOf(user),
				frontDoor.appointmentsOf(user));
	}
}
