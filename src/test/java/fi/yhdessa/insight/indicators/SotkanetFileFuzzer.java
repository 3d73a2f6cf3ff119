package fi.yhdessa.insight.indicators;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** A file in Sotkanet's JSON format, downloaded or uploaded: read whole, or refused with a reason. */
final class SotkanetFileFuzzer {

	private SotkanetFileFuzzer() {
	}

	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		byte[] document = data.consumeRemainingAsBytes();
		try {
			switch (SotkanetFormat.kindOf(document)) {
				case INDICATOR -> SotkanetFormat.indicator(document);
				case REGIONS -> SotkanetFormat.regions(document);
				case DATA -> SotkanetFormat.rows(document);
			}
		}
		catch (ImportRefused refused) {
			// the import reports it in the reader's language and takes nothing
		}
	}
}
