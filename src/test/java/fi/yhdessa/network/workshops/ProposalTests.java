package fi.yhdessa.network.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.network.access.Refusal;
import fi.yhdessa.network.groups.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalTests {

	static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
	static final UUID WORKSHOP = UUID.randomUUID();

	static Proposal submitted() {
		return Proposal.submit(WORKSHOP, UUID.randomUUID(), "Illat", "Neuvola auki iltaisin.", NOW);
	}

	static FollowUp followUp(FollowUp.Status status) {
		return new FollowUp(UUID.randomUUID(), LocalDate.of(2027, 3, 1), status, null, null, null);
	}

	@ParameterizedTest
	@EnumSource(value = ProposalState.class, names = { "ACCEPTED", "REJECTED" })
	void isAcceptedOrRejectedWithItsReason(ProposalState decision) {
		Proposal decided = submitted().decide(decision, "Perustelu", null, "coordinator", NOW);
		assertThat(decided.state()).isEqualTo(decision);
		assertThat(decided.reason()).isEqualTo("Perustelu");
		assertThat(decided.decidedBy()).isEqualTo("coordinator");
	}

	@Test
	void isMergedOnlyIntoAnotherOpenOrAcceptedProposalOfTheSameWorkshop() {
		Proposal into = submitted();
		assertThat(submitted().decide(ProposalState.MERGED, "Sama asia", into, "c", NOW).mergedInto()).isEqualTo(into.id());
		Proposal accepted = submitted().decide(ProposalState.ACCEPTED, "Hyvä", null, "c", NOW);
		assertThat(submitted().decide(ProposalState.MERGED, "Sama asia", accepted, "c", NOW).state()).isEqualTo(ProposalState.MERGED);
		Proposal self = submitted();
		Proposal elsewhere = Proposal.submit(UUID.randomUUID(), null, "Illat", "Toisen työpajan ehdotus", NOW);
		Proposal rejected = submitted().decide(ProposalState.REJECTED, "Ei", null, "c", NOW);
		Proposal merged = submitted().decide(ProposalState.MERGED, "Sama", into, "c", NOW);
		for (Proposal wrong : new Proposal[] { null, self, elsewhere, rejected, merged }) {
			assertThatThrownBy(() -> self.decide(ProposalState.MERGED, "Sama asia", wrong, "c", NOW)).extracting(e -> ((Refusal) e).messageKey())
				.isEqualTo("proposal.error.mergeTarget");
		}
	}

	@ParameterizedTest
	@EnumSource(value = ProposalState.class, names = { "ACCEPTED", "REJECTED", "MERGED" })
	void isDecidedOnceOnly(ProposalState first) {
		Proposal decided = submitted().decide(first, "Perustelu", submitted(), "c", NOW);
		for (ProposalState again : ProposalState.values()) {
			assertThatThrownBy(() -> decided.decide(again, "Uusi", submitted(), "c", NOW)).as("%s → %s", first, again)
				.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("proposal.error.decided");
		}
	}

	@Test
	void needsADecisionAndAReason() {
		assertThatThrownBy(() -> submitted().decide(ProposalState.SUBMITTED, "x", null, "c", NOW)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("proposal.error.transition");
		assertThatThrownBy(() -> submitted().decide(null, "x", null, "c", NOW)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> submitted().decide(ProposalState.ACCEPTED, " ", null, "c", NOW)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("proposal.error.reason");
	}

	@Test
	void isFollowedUpOnlyOnceAcceptedAndItsFollowUpMovesOnlyForward() {
		assertThatThrownBy(() -> submitted().follow(followUp(FollowUp.Status.PLANNED))).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("proposal.error.notAccepted");
		assertThatThrownBy(() -> submitted().decide(ProposalState.REJECTED, "Ei", null, "c", NOW).follow(followUp(FollowUp.Status.PLANNED)))
			.isInstanceOf(Refusal.class);
		Proposal accepted = submitted().decide(ProposalState.ACCEPTED, "Hyvä", null, "c", NOW);
		for (FollowUp.Status from : FollowUp.Status.values()) {
			Proposal followed = accepted.follow(followUp(from));
			for (FollowUp.Status to : FollowUp.Status.values()) {
				if (to.ordinal() >= from.ordinal()) {
					assertThat(followed.follow(followUp(to)).followUp().status()).as("%s → %s", from, to).isEqualTo(to);
				}
				else {
					assertThatThrownBy(() -> followed.follow(followUp(to))).as("%s → %s", from, to).extracting(e -> ((Refusal) e).messageKey())
						.isEqualTo("proposal.error.followUpBack");
				}
			}
		}
	}

	@Test
	void linksAFollowUpToWhatChangedWithBothItsKindAndItsId() {
		Proposal accepted = submitted().decide(ProposalState.ACCEPTED, "Hyvä", null, "c", NOW);
		UUID service = UUID.randomUUID();
		assertThat(accepted.follow(new FollowUp(UUID.randomUUID(), LocalDate.of(2027, 1, 1), FollowUp.Status.DONE, FollowUp.LinkKind.SERVICE, service, null))
			.followUp().linkId()).isEqualTo(service);
		assertThatThrownBy(() -> accepted.follow(new FollowUp(UUID.randomUUID(), LocalDate.of(2027, 1, 1), FollowUp.Status.DONE, FollowUp.LinkKind.SERVICE,
				null, null))).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("proposal.error.followUpLink");
		assertThatThrownBy(() -> accepted.follow(new FollowUp(null, LocalDate.of(2027, 1, 1), FollowUp.Status.DONE, null, null, null)))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("proposal.error.followUp");
	}

	@Test
	void refusesAProposalWithoutThemeOrText() {
		assertThatThrownBy(() -> Proposal.submit(WORKSHOP, null, " ", "Teksti", NOW)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("proposal.error.theme");
		assertThatThrownBy(() -> Proposal.submit(WORKSHOP, null, "Teema", "", NOW)).extracting(e -> ((Refusal) e).messageKey())
			.isEqualTo("proposal.error.text");
	}

	@Test
	void marksAnActionDoneCancelledOrOpenAgainAndNothingElse() {
		LocalDate today = LocalDate.of(2026, 12, 5);
		Action open = new Action(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Selvitä tilat", UUID.randomUUID(), today, Action.Status.OPEN, null, 0);
		Action done = open.moveTo(Action.Status.DONE, today);
		assertThat(done.doneOn()).isEqualTo(today);
		assertThat(done.moveTo(Action.Status.OPEN, today).doneOn()).isNull();
		Action cancelled = open.moveTo(Action.Status.CANCELLED, today);
		for (Action.Status to : Action.Status.values()) {
			assertThatThrownBy(() -> cancelled.moveTo(to, today)).isInstanceOf(Refusal.class);
		}
		assertThatThrownBy(() -> open.moveTo(Action.Status.OPEN, today)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> done.moveTo(Action.Status.CANCELLED, today)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> done.moveTo(Action.Status.DONE, today)).isInstanceOf(Refusal.class);
	}
}
