package fi.yhdessa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalIdentityCodeTests {

	@Test
	void acceptsCodesWhoseControlCharacterMatches() {
		// The example of the Digital and Population Data Services Agency, in the test range.
		assertThat(PersonalIdentityCode.isValid("010594Y9032")).isTrue();
		assertThat(PersonalIdentityCode.isValid("131052-308T")).isTrue();
		assertThat(new PersonalIdentityCode("010594Y9032").birthDate()).isEqualTo(LocalDate.of(1994, 5, 1));
	}

	@Test
	void refusesAWrongControlCharacterOrImpossibleDate() {
		assertThat(PersonalIdentityCode.isValid("010594Y9033")).isFalse();
		assertThat(PersonalIdentityCode.isValid("310294-9001")).isFalse();
		assertThat(PersonalIdentityCode.isValid("not a code")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdentityCode("010594Y9033"));
	}

	@Test
	void makesSyntheticCodesOnlyFromTheTestRange() {
		PersonalIdentityCode code = PersonalIdentityCode.synthetic(LocalDate.of(2021, 3, 7), 902);
		assertThat(code.value()).startsWith("070321A902");
		assertThat(code.isTestRange()).isTrue();
		assertThat(PersonalIdentityCode.isValid(code.value())).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdentityCode.synthetic(LocalDate.of(2021, 3, 7), 123));
	}

	@Test
	void neverPrintsTheWholeCode() {
		assertThat(new PersonalIdentityCode("010594Y9032").toString()).doesNotContain("9032");
	}
}
