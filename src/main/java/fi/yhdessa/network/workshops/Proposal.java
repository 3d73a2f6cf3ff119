package fi.yhdessa.network.workshops;

import fi.yhdessa.network.access.Refusal;
import java.time.Instant;
import java.util.UUID;

/**
 * A proposal made in or around a workshop, with its theme, its decision and reason, and — once
 * accepted — its follow-up. Decisions are final; a follow-up moves forward only.
 */
public record Proposal(UUID id, UUID workshopId, UUID participantId, String theme, String text, Instant submittedAt, ProposalState state,
		String reason, UUID mergedInto, Instant decidedAt, String decidedBy, FollowUp followUp, int version, int supporters) {

	public static Proposal submit(UUID workshopId, UUID participantId, String theme, String text, Instant at) {
		if (theme == null || theme.isBlank() || theme.strip().length() > 120) {
			throw new Refusal("proposal.error.theme");
		}
		if (text == null || text.isBlank() || text.strip().length() > 4000) {
			throw new Refusal("proposal.error.text");
		}
		return new Proposal(UUID.randomUUID(), workshopId, participantId, theme.strip(), text.strip(), at, ProposalState.SUBMITTED, null, null, null,
				null, null, 0, 0);
	}

	/** Decides it with a reason; merging names another undecided or accepted proposal of the same workshop. */
	public Proposal decide(ProposalState decision, String why, Proposal into, String by, Instant at) {
		if (state.decided()) {
			throw new Refusal("proposal.error.decided");
		}
		if (decision == null || decision == ProposalState.SUBMITTED) {
			throw new Refusal("proposal.error.transition");
		}
		if (why == null || why.isBlank()) {
			throw new Refusal("proposal.error.reason");
		}
		UUID merged = null;
		if (decision == ProposalState.MERGED) {
			if (into == null || into.id().equals(id) || !into.workshopId().equals(workshopId) || into.state() == ProposalState.MERGED
					|| into.state() == ProposalState.REJECTED) {
				throw new Refusal("proposal.error.mergeTarget");
			}
			merged = into.id();
		}
		return new Proposal(id, workshopId, participantId, theme, text, submittedAt, decision, why.strip(), merged, at, by, null, version, supporters);
	}

	/** Sets or moves the follow-up of an accepted proposal; its status never goes back. */
	public Proposal follow(FollowUp next) {
		if (state != ProposalState.ACCEPTED) {
			throw new Refusal("proposal.error.notAccepted");
		}
		if (next.responsibleId() == null || next.dueOn() == null || next.status() == null) {
			throw new Refusal("proposal.error.followUp");
		}
		if ((next.linkKind() == null) != (next.linkId() == null)) {
			throw new Refusal("proposal.error.followUpLink");
		}
		if (followUp != null && next.status().ordinal() < followUp.status().ordinal()) {
			throw new Refusal("proposal.error.followUpBack");
		}
		return new Proposal(id, workshopId, participantId, theme, text, submittedAt, state, reason, mergedInto, decidedAt, decidedBy, next, version,
				supporters);
	}
}
