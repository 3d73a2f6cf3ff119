package fi.yhdessa.insight.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondarySuppressionTests {

	private static Indicators.Value value(int region, String code, String category, String gender, String value, Integer number) {
		boolean small = number != null && number > 0 && number < 5;
		return new Indicators.Value(region, code, category, null, 2025, gender, small ? null : new BigDecimal(value),
				small || number == null ? null : BigDecimal.valueOf(number), small);
	}

	private static Indicators.Value of(List<Indicators.Value> values, int region, String gender) {
		return values.stream().filter(v -> v.region() == region && v.gender().equals(gender)).findFirst().orElseThrow();
	}

	@Test
	void theOtherGendersNumberIsHiddenWhereOneIsUnderFiveSoThatTheTotalDoesNotGiveItAway() {
		List<Indicators.Value> guarded = SecondarySuppression.applied(List.of(value(1, "901", "KUNTA", "total", "2.5", 40),
				value(1, "901", "KUNTA", "male", "0.3", 3), value(1, "901", "KUNTA", "female", "4.6", 37)), Set.of("901"), null);
		assertThat(of(guarded, 1, "female").absValue()).isNull();
		assertThat(of(guarded, 1, "female").value()).as("a rate does not add up and stays").isEqualByComparingTo("4.6");
		assertThat(of(guarded, 1, "total").absValue()).isEqualByComparingTo("40");
	}

	@Test
	void theCountysNumberIsHiddenWhereOneOfItsMunicipalitiesIsUnderFiveAndACountIsHiddenWithItsValue() {
		List<Indicators.Value> guarded = SecondarySuppression.applied(List.of(value(1, "901", "KUNTA", "total", "120", 120),
				value(2, "902", "KUNTA", "total", "3", 3), value(9, "91", "HYVINVOINTIALUE", "total", "123", 123),
				value(658, "SSS", "MAA", "total", "9000", 9000)), Set.of("901", "902"), "91");
		assertThat(of(guarded, 9, "total").suppressed()).isTrue();
		assertThat(of(guarded, 9, "total").value()).isNull();
		assertThat(of(guarded, 9, "total").absValue()).isNull();
		assertThat(of(guarded, 1, "total").absValue()).isEqualByComparingTo("120");
		assertThat(of(guarded, 658, "total").absValue()).as("the whole country is not the county's sum").isEqualByComparingTo("9000");
	}

	@Test
	void nothingIsHiddenWhereNoNumberIsUnderFive() {
		List<Indicators.Value> values = List.of(value(1, "901", "KUNTA", "total", "120", 120), value(9, "91", "HYVINVOINTIALUE", "total", "300", 300));
		assertThat(SecondarySuppression.applied(values, Set.of("901"), "91")).isEqualTo(values);
	}
}
