package fi.yhdessa.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessIdsTests {

	@Test
	void aBusinessIdIsValidOnlyWithItsCheckDigit() {
		assertThat(BusinessIds.valid("0246246-0")).isTrue();
		assertThat(BusinessIds.valid("0201256-6")).isTrue();
		assertThat(BusinessIds.valid("1234567-1")).isTrue();
		for (int digit = 0; digit <= 9; digit++) {
			assertThat(BusinessIds.valid("0201256-" + digit)).isEqualTo(digit == 6);
		}
	}

	@Test
	void aRemainderOfOneIsNeverIssuedAndTheFormIsExact() {
		// 0000030: 3 × 4 = 12, remainder 1
		assertThat(BusinessIds.valid("0000030-0")).isFalse();
		assertThat(BusinessIds.valid("0000030-1")).isFalse();
		assertThat(BusinessIds.valid("02462460")).isFalse();
		assertThat(BusinessIds.valid("246246-0")).isFalse();
		assertThat(BusinessIds.valid(" 0246246-0")).isFalse();
		assertThat(BusinessIds.valid(null)).isFalse();
	}
}
