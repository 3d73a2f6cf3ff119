package fi.yhdessa.insight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.yhdessa.platform.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WelfarePlanTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	private static Measure measure(Measure.Status status, LocalDate due) {
		return new Measure(UUID.randomUUID(), UUID.randomUUID(), "Ryhmät yksinäisille nuorille", "Perhekeskukset", due, status, List.of(), null, 0);
	}

	private static Priority priority(List<PlanIndicator> indicators, List<Measure> measures) {
		return new Priority(UUID.randomUUID(), UUID.randomUUID(), 1, LocalizedText.of("Mielen hyvinvointi", null, null), null, null, indicators, measures, 0);
	}

	private static WelfarePlan draft(List<Priority> priorities) {
		return new WelfarePlan(UUID.randomUUID(), LocalizedText.of("Hyvinvointisuunnitelma 2026–2029", null, null), 2026, 2029, null,
				WelfarePlan.State.DRAFT, priorities, 0);
	}

	@Test
	void aPlanWithAnIndicatorIsAdoptedAndPublished() {
		WelfarePlan adopted = draft(List.of(priority(List.of(new PlanIndicator(9004, null, null, BigDecimal.TEN, 2029, Direction.DOWN)), List.of()))).adopt();
		assertThat(adopted.published()).isTrue();
		assertThat(adopted.period()).isEqualTo("2026–2029");
	}

	@Test
	void aPlanWithoutIndicatorsIsNotAdopted() {
		assertThatThrownBy(() -> draft(List.of(priority(List.of(), List.of()))).adopt()).hasMessage("welfarePlan.error.adoptEmpty");
	}

	@Test
	void anAdoptedPlanIsNotAdoptedAgain() {
		WelfarePlan adopted = draft(List.of(priority(List.of(new PlanIndicator(9004, null, null, BigDecimal.TEN, 2029, Direction.DOWN)), List.of()))).adopt();
		assertThatThrownBy(adopted::adopt).hasMessage("welfarePlan.error.adopted");
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> new WelfarePlan(UUID.randomUUID(), LocalizedText.of("x", null, null), 2029, 2026, null, WelfarePlan.State.DRAFT, List.of(), 0))
			.hasMessage("welfarePlan.error.period");
	}

	@Test
	void anOpenMeasurePastItsDayIsLateAndADoneOneIsNot() {
		assertThat(measure(Measure.Status.ONGOING, TODAY.minusDays(1)).late(TODAY)).isTrue();
		assertThat(measure(Measure.Status.DONE, TODAY.minusDays(1)).late(TODAY)).isFalse();
		assertThat(measure(Measure.Status.PLANNED, TODAY).late(TODAY)).isFalse();
	}

	@Test
	void aPriorityCountsItsMeasuresDoneAndLate() {
		Priority p = priority(List.of(), List.of(measure(Measure.Status.DONE, TODAY.minusMonths(1)), measure(Measure.Status.ONGOING, TODAY.minusDays(3)),
				measure(Measure.Status.PLANNED, TODAY.plusMonths(2))));
		assertThat(p.done()).isEqualTo(1);
		assertThat(p.late(TODAY)).isEqualTo(1);
	}

	@Test
	void aClosedMeasureReopensOnlyAsOngoing() {
		Measure done = measure(Measure.Status.DONE, TODAY);
		assertThat(done.moveTo(Measure.Status.ONGOING).status()).isEqualTo(Measure.Status.ONGOING);
		assertThatThrownBy(() -> done.moveTo(Measure.Status.PLANNED)).hasMessage("welfarePlan.error.status");
		assertThatThrownBy(() -> done.moveTo(Measure.Status.DONE)).hasMessage("welfarePlan.error.status");
	}
}
