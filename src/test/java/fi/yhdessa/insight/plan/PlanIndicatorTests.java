package fi.yhdessa.insight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanIndicatorTests {

	private static PlanIndicator fewerLonely() {
		return new PlanIndicator(9004, new BigDecimal("12.0"), 2025, new BigDecimal("10.0"), 2029, Direction.DOWN);
	}

	@Test
	void aValueAtOrPastTheTargetHasReachedIt() {
		assertThat(fewerLonely().standing(new BigDecimal("10.0"))).isEqualTo(PlanIndicator.Standing.REACHED);
		assertThat(fewerLonely().standing(new BigDecimal("9.1"))).isEqualTo(PlanIndicator.Standing.REACHED);
	}

	@Test
	void aValueBetweenBaselineAndTargetIsImproving() {
		assertThat(fewerLonely().standing(new BigDecimal("11.2"))).isEqualTo(PlanIndicator.Standing.IMPROVING);
	}

	@Test
	void aValueAtOrWorseThanTheBaselineIsNotImproving() {
		assertThat(fewerLonely().standing(new BigDecimal("12.0"))).isEqualTo(PlanIndicator.Standing.NOT_IMPROVING);
		assertThat(fewerLonely().standing(new BigDecimal("13.5"))).isEqualTo(PlanIndicator.Standing.NOT_IMPROVING);
	}

	@Test
	void anIndicatorMeantToRiseReadsTheOtherWay() {
		PlanIndicator moreWellbeing = new PlanIndicator(1, new BigDecimal("60"), 2025, new BigDecimal("70"), 2029, Direction.UP);
		assertThat(moreWellbeing.standing(new BigDecimal("65"))).isEqualTo(PlanIndicator.Standing.IMPROVING);
		assertThat(moreWellbeing.standing(new BigDecimal("71"))).isEqualTo(PlanIndicator.Standing.REACHED);
		assertThat(moreWellbeing.standing(new BigDecimal("55"))).isEqualTo(PlanIndicator.Standing.NOT_IMPROVING);
	}

	@Test
	void noValueIsNoData() {
		assertThat(fewerLonely().standing(null)).isEqualTo(PlanIndicator.Standing.NO_DATA);
	}

	@Test
	void aTargetTheWrongWayFromTheBaselineIsRefused() {
		assertThatThrownBy(() -> new PlanIndicator(9004, new BigDecimal("12.0"), 2025, new BigDecimal("13.0"), 2029, Direction.DOWN))
			.isInstanceOf(PlanRefused.class).hasMessage("welfarePlan.error.direction");
	}

	@Test
	void aTargetYearBeforeTheBaselineIsRefused() {
		assertThatThrownBy(() -> new PlanIndicator(9004, new BigDecimal("12.0"), 2025, new BigDecimal("10.0"), 2024, Direction.DOWN))
			.isInstanceOf(PlanRefused.class).hasMessage("welfarePlan.error.targetYear");
	}

	@Test
	void aBaselineNeedsItsYear() {
		assertThatThrownBy(() -> new PlanIndicator(9004, new BigDecimal("12.0"), null, new BigDecimal("10.0"), 2029, Direction.DOWN))
			.isInstanceOf(PlanRefused.class).hasMessage("welfarePlan.error.baselineYear");
	}
}
