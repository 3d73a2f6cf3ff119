package fi.yhdessa.network.web;

import fi.yhdessa.network.workshops.FollowUp;
import fi.yhdessa.network.workshops.Proposal;
import fi.yhdessa.network.workshops.ProposalState;
import fi.yhdessa.platform.SmallCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A proposal as the public sees it: what was proposed and what became of it — never who proposed or
 * supported it, nor who decided. How many support it is left out (null, {@code supportersSuppressed})
 * when they are one to four: figures about people never show a count under five.
 */
public record PublicProposal(UUID id, UUID workshopId, String theme, String text, Instant submittedAt, ProposalState state, String reason,
		UUID mergedInto, Instant decidedAt, FollowUp.Status followUpStatus, LocalDate followUpDue, FollowUp.LinkKind changedKind, UUID changedId,
		String changedName, Integer supporters, boolean supportersSuppressed) {

	static PublicProposal of(Proposal p, String changedName, SmallCounts smallCounts) {
		boolean few = smallCounts.small(p.supporters());
		FollowUp f = p.followUp();
		return new PublicProposal(p.id(), p.workshopId(), p.theme(), p.text(), p.submittedAt(), p.state(), p.reason(), p.mergedInto(), p.decidedAt(),
				f == null ? null : f.status(), f == null ? null : f.dueOn(), f == null ? null : f.linkKind(), f == null ? null : f.linkId(), changedName,
				few ? null : p.supporters(), few);
	}
}
