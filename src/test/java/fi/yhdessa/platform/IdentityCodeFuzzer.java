package fi.yhdessa.platform;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** A personal identity code as typed: valid or not, never an error; a valid one has its birth date. */
final class IdentityCodeFuzzer {

	private IdentityCodeFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		String typed = data.consumeRemainingAsString();
		if (PersonalIdentityCode.isValid(typed)) {
			new PersonalIdentityCode(typed).birthDate();
		}
		else {
			try {
				new PersonalIdentityCode(typed);
				throw new IllegalStateException("an invalid code was taken: " + typed);
			}
			catch (IllegalArgumentException refused) {
				// as the record promises
			}
		}
	}
}
