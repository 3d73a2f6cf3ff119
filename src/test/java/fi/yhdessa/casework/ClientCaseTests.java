package fi.yhdessa.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.casework.events.AssessmentCompleted;
import fi.yhdessa.casework.events.AssessmentStarted;
import fi.yhdessa.casework.events.CaseClosed;
import fi.yhdessa.casework.events.CaseContext;
import fi.yhdessa.casework.events.CaseOpened;
import fi.yhdessa.casework.events.PlanAgreed;
import fi.yhdessa.casework.events.PlanReviewed;
import fi.yhdessa.casework.events.ResponsibleWorkerChanged;
import fi.yhdessa.platform.Changed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A case, its assessments and its plan decide their own changes and record them as facts. */
class ClientCaseTests {

	static final Instant OPENED = Instant.parse("2026-09-01T07:00:00Z");
	static final CaseContext CONTEXT = HandoffTests.CONTEXT;

	static ClientCase opened() {
		return new ClientCase(CONTEXT.caseId(), "AS-2026-000002", CONTEXT.familyId(), "Virtanen", null, CONTEXT.unitId(), UUID.randomUUID(),
				ClientCase.Origin.DIRECT, null, OPENED, "worker", UUID.randomUUID(), null, null, null, ClientCase.Kind.FAMILY_SOCIAL_WORK);
	}

	@Test
	void opensWithItsResponsibleWorkerAndClosesOnceWithAnOutcome() {
		assertThat(ClientCase.open(opened(), CONTEXT).facts()).singleElement().isInstanceOf(CaseOpened.class);
		Changed<ClientCase> closed = opened().close("Tavoitteet saavutettu", ClientCase.Outcome.GOALS_MET, OPENED.plusSeconds(3600), CONTEXT);
		assertThat(closed.facts()).singleElement().isInstanceOfSatisfying(CaseClosed.class, fact -> assertThat(fact.outcome()).isEqualTo("GOALS_MET"));
		assertThatThrownBy(() -> closed.after().close("Uudelleen", ClientCase.Outcome.NO_NEED, OPENED, CONTEXT)).isInstanceOf(Problem.class)
			.hasMessage("case.error.closed");
		assertThatThrownBy(() -> opened().close("Syy", null, OPENED, CONTEXT)).hasMessage("case.error.outcome");
	}

	@Test
	void aNewResponsibleWorkerBringsTheCaseToTheirUnit() {
		UUID unit = UUID.randomUUID();
		Changed<ClientCase> assigned = opened().assign(UUID.randomUUID(), unit, UUID.randomUUID(), true, OPENED, CONTEXT);
		assertThat(assigned.after().unitId()).isEqualTo(unit);
		assertThat(assigned.facts()).singleElement().isInstanceOfSatisfying(ResponsibleWorkerChanged.class, fact -> {
			assertThat(fact.context().unitId()).isEqualTo(unit);
			assertThat(fact.fromUnitId()).isEqualTo(CONTEXT.unitId());
			assertThat(fact.byHandoff()).isTrue();
		});
	}

	@Test
	void anAssessmentRecordsItsStartAndItsCompletionAgainstTheStatutoryClock() {
		LocalDate initiated = LocalDate.of(2026, 11, 2);
		Assessment assessment = new Assessment(UUID.randomUUID(), CONTEXT.caseId(), initiated, true, LocalDate.of(2026, 11, 11), null, LocalDate.of(2027, 2, 2),
				null, List.of(), null, null, Map.of(), null, List.of(), false, "worker");
		Assessment started = with(assessment, initiated.plusDays(3), null, null);
		Changed<Assessment> start = assessment.record(started, initiated.plusDays(5), CONTEXT);
		assertThat(start.facts()).singleElement().isInstanceOfSatisfying(AssessmentStarted.class,
				fact -> assertThat(fact.startDue()).isEqualTo(LocalDate.of(2026, 11, 11)));
		assertThatThrownBy(() -> start.after().record(with(assessment, initiated.plusDays(3), initiated.plusDays(10), null), initiated.plusDays(20), CONTEXT))
			.hasMessage("assessment.error.conclusion");
		Changed<Assessment> complete = start.after().record(with(assessment, initiated.plusDays(3), initiated.plusDays(10), "Perhetyö aloitetaan."),
				initiated.plusDays(20), CONTEXT);
		assertThat(complete.facts()).singleElement().isInstanceOf(AssessmentCompleted.class);
		assertThatThrownBy(() -> complete.after().record(complete.after(), initiated.plusDays(20), CONTEXT)).hasMessage("assessment.error.complete");
	}

	@Test
	void aNewPlanVersionIsAReviewOfTheLastAndTheFamilyAgreesOnce() {
		PlanVersion first = new PlanVersion(CONTEXT.caseId(), 1, List.of("Aamut sujuvat"), List.of(), List.of(), LocalDate.of(2026, 12, 1), OPENED, "worker",
				null, null, null);
		assertThat(PlanVersion.write(first, null, CONTEXT).facts()).isEmpty();
		PlanVersion second = new PlanVersion(CONTEXT.caseId(), 2, List.of("Aamut sujuvat", "Lapsi nukkuu"), List.of(), List.of(), null, OPENED, "worker",
				null, null, null);
		assertThat(PlanVersion.write(second, first, CONTEXT).facts()).singleElement().isInstanceOfSatisfying(PlanReviewed.class,
				fact -> assertThat(fact.reviewDue()).isEqualTo(LocalDate.of(2026, 12, 1)));
		Changed<PlanVersion> agreed = second.agree(OPENED, null, "parent", true, CONTEXT);
		assertThat(agreed.facts()).singleElement().isInstanceOfSatisfying(PlanAgreed.class, fact -> assertThat(fact.goals()).isEqualTo(2));
		assertThatThrownBy(() -> agreed.after().agree(OPENED, null, "parent", true, CONTEXT)).hasMessage("plan.error.agreed");
	}

	private static Assessment with(Assessment a, LocalDate started, LocalDate completed, String conclusion) {
		return new Assessment(a.id(), a.caseId(), a.initiatedOn(), a.specialSupport(), a.startDue(), started, a.completionDue(), completed, a.participants(),
				a.familyView(), a.childView(), a.findings(), conclusion, a.servicesNeeded(), a.childWelfareInvestigation(), a.recordedBy());
	}
}
