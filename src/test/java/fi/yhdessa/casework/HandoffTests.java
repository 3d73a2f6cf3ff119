package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.HandoffAccepted;
import fi.yhdessa.casework.events.HandoffCompleted;
import fi.yhdessa.casework.events.HandoffDeclined;
import fi.yhdessa.casework.events.HandoffExpired;
import fi.yhdessa.casework.events.HandoffProposed;
import fi.yhdessa.platform.Changed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hand-off decides its own changes and records each as a fact that carries ids, never names. */
class HandoffTests {

	static final Instant PROPOSED_AT = Instant.parse("2026-11-02T08:00:00Z");
	static final CaseContext CONTEXT = new CaseContext(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "801", "FAMILY_SOCIAL_WORK", 4);

	static Handoff proposal() {
		return new Handoff(UUID.randomUUID(), CONTEXT.caseId(), "AS-2026-000001", CONTEXT.familyId(), UUID.randomUUID(), CONTEXT.unitId(), UUID.randomUUID(),
				UUID.randomUUID(), null, false, "Perhe tarvitsee perheneuvolan tukea.", UUID.randomUUID(), null, null, Handoff.Status.PROPOSED, PROPOSED_AT,
				LocalDate.of(2026, 11, 9), null, null, null, null, null);
	}

	@Test
	void aProposalRecordsHandoffProposedWithItsReceiver() {
		Handoff proposed = proposal();
		Changed<Handoff> change = Handoff.propose(proposed, CONTEXT);
		assertThat(change.facts()).singleElement().isInstanceOfSatisfying(HandoffProposed.class, fact -> {
			assertThat(fact.handoffId()).isEqualTo(proposed.id());
			assertThat(fact.toUnitId()).isEqualTo(proposed.toUnit());
			assertThat(fact.context()).isEqualTo(CONTEXT);
			assertThat(fact.rerouted()).isFalse();
		});
	}

	@Test
	void acceptsItselfOnceAndRegistersHandoffAccepted() {
		Handoff proposed = proposal();
		UUID receiver = UUID.randomUUID();
		Instant at = PROPOSED_AT.plusSeconds(86_400);
		Changed<Handoff> accepted = proposed.accept(receiver, at, CONTEXT);
		assertThat(accepted.after().status()).isEqualTo(Handoff.Status.ACCEPTED);
		assertThat(accepted.after().answeredBy()).isEqualTo(receiver);
		assertThat(accepted.facts()).singleElement().isInstanceOfSatisfying(HandoffAccepted.class, fact -> {
			assertThat(fact.acceptedAt()).isEqualTo(at);
			assertThat(fact.proposedAt()).isEqualTo(PROPOSED_AT);
		});
		assertThatThrownBy(() -> accepted.after().accept(receiver, at, CONTEXT)).isInstanceOf(AlreadyAnswered.class);
		assertThatThrownBy(() -> accepted.after().decline(receiver, "Ei tilaa", at, CONTEXT)).isInstanceOf(AlreadyAnswered.class);
	}

	@Test
	void declinesOnlyWithAReasonAndReturnsToTheSender() {
		Handoff proposed = proposal();
		assertThatThrownBy(() -> proposed.decline(UUID.randomUUID(), " ", PROPOSED_AT, CONTEXT)).isInstanceOf(Problem.class)
			.hasMessage("handoff.error.reason");
		Changed<Handoff> declined = proposed.decline(UUID.randomUUID(), "Ei asiakaspaikkoja", PROPOSED_AT, CONTEXT);
		assertThat(declined.after().returned()).isTrue();
		assertThat(declined.facts()).singleElement().isInstanceOf(HandoffDeclined.class);
	}

	@Test
	void expiresOnlyWhileProposed() {
		Changed<Handoff> expired = proposal().expire(PROPOSED_AT, CONTEXT);
		assertThat(expired.facts()).singleElement().isInstanceOf(HandoffExpired.class);
		assertThatThrownBy(() -> expired.after().expire(PROPOSED_AT, CONTEXT)).isInstanceOf(AlreadyAnswered.class);
	}

	@Test
	void completesAnAcceptedHandOffWithTheBounceFigureOfTheCase() {
		Handoff accepted = proposal().accept(UUID.randomUUID(), PROPOSED_AT, CONTEXT).after();
		LocalDate today = LocalDate.of(2026, 11, 20);
		assertThatThrownBy(() -> accepted.complete(today.plusDays(1), today, 0, CONTEXT)).isInstanceOf(Problem.class).hasMessage("handoff.error.meeting");
		Changed<Handoff> completed = accepted.complete(LocalDate.of(2026, 11, 10), today, 2, CONTEXT);
		assertThat(completed.after().status()).isEqualTo(Handoff.Status.COMPLETED);
		assertThat(completed.facts()).singleElement().isInstanceOfSatisfying(HandoffCompleted.class, fact -> assertThat(fact.returnedBefore()).isEqualTo(2));
		assertThatThrownBy(() -> proposal().complete(today, today, 0, CONTEXT)).isInstanceOf(AlreadyAnswered.class);
	}

	@Test
	void aFactHasTheSameIdEachTimeItIsTold() {
		Handoff proposed = proposal();
		assertThat(proposed.accept(UUID.randomUUID(), PROPOSED_AT, CONTEXT).facts())
			.usingRecursiveFieldByFieldElementComparatorOnFields("factId")
			.isEqualTo(proposed.accept(UUID.randomUUID(), PROPOSED_AT.plusSeconds(5), CONTEXT).facts());
	}
}
