package fi.yhdessa.directory.hsds;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import tools.jackson.core.JacksonException;

/** The HSDS tabular package of an import: a zip of CSV files. It may only refuse, as the import does, with a reason. */
final class HsdsPackageFuzzer {

	private HsdsPackageFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		try {
			TabularPackage.read(data.consumeRemainingAsBytes()).services();
		}
		catch (IllegalArgumentException | JacksonException refused) {
			// what the import turns into "not a valid tabular package"
		}
	}
}
